package org.rogatory.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.rogatory.access.UserAccount;
import org.rogatory.administration.UserAdministration;
import org.rogatory.administration.UserAdministration.NewAccount;
import org.rogatory.web.ProblemException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rogatory users add|password}: the operator's way to the accounts, on the server, for the
 * first administrator of an installation and for an administrator who lost their password. The
 * password never appears in the arguments (where {@code ps} and the shell history would show it):
 * it comes from {@code ROGATORY_USER_PASSWORD}, else from the terminal without echo, else from the
 * first line of standard input. The same rules and audit events as the ADMIN endpoints apply; the
 * operator's system user name is the actor.
 */
@Command(name = "users", description = "Creates accounts and sets passwords on the server's database. The password "
        + "comes from ROGATORY_USER_PASSWORD, else from the terminal (not echoed), else from the first line of "
        + "standard input; never from an argument.",
        subcommands = {UsersCommands.Add.class, UsersCommands.Password.class})
final class UsersCommands implements Runnable {

    static final String PASSWORD_VARIABLE = "ROGATORY_USER_PASSWORD";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add or password");
    }

    @Command(name = "add", description = "Creates an account. Prints it as JSON and exits 0; exits 2 naming every "
            + "bad field (nothing created).")
    static final class Add implements Callable<Integer> {

        @Option(names = "--username", required = true, description = "3 to 100 lower-case letters, digits, '.', '_', '-'")
        String username;

        @Option(names = "--role", required = true, description = "CLERK, CENTRAL_AUTHORITY, PROSECUTOR, "
                + "INVESTIGATING_JUDGE, SUPERVISOR, POLICE, PRIVILEGE_REVIEWER, OVERSIGHT or ADMIN")
        String role;

        @Option(names = "--language", description = "fr, nl, de or en (default en)")
        String language;

        @Option(names = "--db", description = "JDBC URL (default: ROGATORY_DB_URL, else the embedded database of serve)")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withPassword(spec, "add", password -> {
                try (ConfigurableApplicationContext app = Operator.start(db)) {
                    UserAccount account = app.getBean(UserAdministration.class)
                            .create(new NewAccount(username, password, role, language), Operator.actor());
                    PrintWriter out = spec.commandLine().getOut();
                    out.println(JSON.writeValueAsString(account));
                    out.flush();
                    spec.commandLine().getErr().println("rogatory users add: '" + account.username() + "' created");
                    return 0;
                }
            });
        }
    }

    @Command(name = "password", description = "Sets a new password for an existing account (e.g. an administrator who "
            + "lost theirs). Exits 0, or 2 naming what is wrong.")
    static final class Password implements Callable<Integer> {

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--db", description = "JDBC URL (default: ROGATORY_DB_URL, else the embedded database of serve)")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return withPassword(spec, "password", password -> {
                try (ConfigurableApplicationContext app = Operator.start(db)) {
                    app.getBean(UserAdministration.class).resetPassword(username, password, Operator.actor());
                    spec.commandLine().getErr().println("rogatory users password: password of '" + username
                            + "' changed");
                    return 0;
                }
            });
        }
    }

    /** What a subcommand does once it has the password. */
    interface WithPassword {
        int run(String password);
    }

    private static int withPassword(CommandSpec spec, String command, WithPassword action) {
        PrintWriter err = spec.commandLine().getErr();
        String password;
        try {
            password = readPassword();
        } catch (IOException e) {
            err.println("rogatory users " + command + ": cannot read the password: " + e.getMessage());
            return 2;
        }
        if (password == null) {
            err.println("rogatory users " + command + ": no password: set " + PASSWORD_VARIABLE
                    + " or type it (or pipe it) on standard input");
            return 2;
        }
        try {
            return action.run(password);
        } catch (ProblemException refusal) {
            err.println("rogatory users " + command + ": " + UserAdministration.describe(refusal));
            return 2;
        } catch (RuntimeException failure) {
            // the application did not start (database unreachable, a bad first administrator, ...): say why, briefly
            err.println("rogatory users " + command + ": cannot work on the database: " + rootCause(failure));
            return 2;
        }
    }

    /** The innermost message that is not a problem answer (those say less than the exception that wraps them). */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && !(cause.getCause() instanceof ProblemException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static String readPassword() throws IOException {
        String variable = System.getenv(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable;
        }
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Password again: ");
            if (first == null || again == null) {
                return null;
            }
            try {
                if (!Arrays.equals(first, again)) {
                    throw new IOException("the two passwords differ");
                }
                return new String(first);
            } finally {
                Arrays.fill(first, ' ');
                Arrays.fill(again, ' ');
            }
        }
        // not closed: it is the process's standard input
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null || line.isEmpty() ? null : line;
    }
}
