package org.rogatory.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rogatory}: the command line of DESIGN.md §10. Offline commands (validate, screen, match)
 * need no server and no database. Exit codes: 0 success, 1 a negative verdict (invalid request,
 * broken audit chain), 2 bad usage or unreadable input.
 */
@Command(name = "rogatory", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "rogatory 0.1.0",
        description = "Case system for incoming international judicial cooperation requests.",
        subcommands = {
                ServerCommands.Demo.class,
                ServerCommands.Serve.class,
                ValidateCommand.class,
                ScreenCommand.class,
                ImportCommand.class,
                AuditCommands.class,
                MatchCommand.class,
                UsersCommands.class,
        })
public final class RogatoryCommand implements Runnable {

    /** Returned by commands that started the server: the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        return new CommandLine(new RogatoryCommand());
    }
}
