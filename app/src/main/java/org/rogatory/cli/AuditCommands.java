package org.rogatory.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.rogatory.audit.AuditVerifier;
import org.rogatory.audit.domain.ChainVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rogatory audit verify [--db URL]}: recomputes the audit chain straight from the database. */
@Command(name = "audit", description = "Works on the audit log.", subcommands = AuditCommands.Verify.class)
final class AuditCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify");
    }

    @Command(name = "verify", description = "Recomputes the hash chain. Prints the event count and exits 0, "
            + "or prints the first broken sequence number and exits 1.")
    static final class Verify implements Callable<Integer> {

        @Option(names = "--db", description = "JDBC URL (default: ROGATORY_DB_URL, else the embedded database of serve). "
                + "ROGATORY_DB_USER and ROGATORY_DB_PASSWORD give the credentials if the URL does not.")
        String db;

        @Override
        public Integer call() {
            String url = db != null ? db : System.getenv().getOrDefault("ROGATORY_DB_URL", embeddedDatabase());
            ChainVerification.Result result;
            try (Connection connection = connect(url)) {
                result = AuditVerifier.verify(connection);
            } catch (SQLException e) {
                System.err.println("rogatory audit verify: cannot read the audit log at " + url + ": " + e.getMessage());
                return 2;
            }
            if (result.ok()) {
                System.out.println(result.events());
                System.err.println("audit chain intact: " + result.events() + " events");
                return 0;
            }
            System.out.println(result.firstBroken());
            System.err.println("audit chain broken at event " + result.firstBroken() + " (" + result.events()
                    + " events read)");
            return 1;
        }

        /** The database {@code serve} uses by default; never created here if it does not exist. */
        static String embeddedDatabase() {
            Properties properties = new Properties();
            try (InputStream in = Verify.class.getResourceAsStream("/application.properties")) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties.getProperty("spring.datasource.url") + ";IFEXISTS=TRUE";
        }

        private static Connection connect(String url) throws SQLException {
            Properties credentials = new Properties();
            if (url.startsWith("jdbc:h2:")) {
                credentials.setProperty("user", System.getenv().getOrDefault("ROGATORY_DB_USER", "sa"));
                credentials.setProperty("password", System.getenv().getOrDefault("ROGATORY_DB_PASSWORD", ""));
            } else {
                if (System.getenv("ROGATORY_DB_USER") != null) {
                    credentials.setProperty("user", System.getenv("ROGATORY_DB_USER"));
                }
                if (System.getenv("ROGATORY_DB_PASSWORD") != null) {
                    credentials.setProperty("password", System.getenv("ROGATORY_DB_PASSWORD"));
                }
            }
            return DriverManager.getConnection(url, credentials);
        }
    }
}
