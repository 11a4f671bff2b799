package org.rogatory.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.rogatory.audit.AuditVerifier;
import org.rogatory.audit.CheckpointJson;
import org.rogatory.audit.SigningKeys;
import org.rogatory.audit.domain.ChainVerification;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.audit.domain.CheckpointProblem;
import org.rogatory.audit.domain.CheckpointVerdict;
import org.rogatory.web.JsonProblems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rogatory audit verify [--checkpoint FILE [--public-key FILE]] [--db URL]}: recomputes the audit chain
 * straight from the database, and checks it against a signed checkpoint oversight holds.
 */
@Command(name = "audit", description = "Works on the audit log.", subcommands = AuditCommands.Verify.class)
final class AuditCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: verify");
    }

    @Command(name = "verify", description = "Recomputes the hash chain. Prints the event count and exits 0, "
            + "or prints the first broken sequence number and exits 1. With --checkpoint, also checks that the chain "
            + "still holds the head of a signed checkpoint: exits 1 printing each problem (SIGNATURE_INVALID, "
            + "UNTRUSTED_KEY, HEAD_NOT_IN_CHAIN, CHAIN_BROKEN n) a line.")
    static final class Verify implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        @Option(names = "--db", description = "JDBC URL (default: ROGATORY_DB_URL, else the embedded database of serve). "
                + "ROGATORY_DB_USER and ROGATORY_DB_PASSWORD give the credentials if the URL does not.")
        String db;

        @Option(names = "--checkpoint", paramLabel = "FILE",
                description = "a checkpoint as GET /api/v1/audit/checkpoint gave it (JSON)")
        Path checkpoint;

        @Option(names = "--public-key", paramLabel = "FILE", description = "the public key the checkpoint must be signed "
                + "with (PEM or Base64), as the installation gave it to oversight; without it, the checkpoint's own key")
        Path publicKey;

        @Override
        public Integer call() {
            String chosen = DatabaseUrl.chosen(db);
            String url = chosen != null ? chosen : embeddedDatabase();
            if (checkpoint != null) {
                return verifyCheckpoint(url);
            }
            if (publicKey != null) {
                System.err.println("rogatory audit verify: --public-key goes with --checkpoint");
                return 2;
            }
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

        private int verifyCheckpoint(String url) {
            Checkpoint held;
            Predicate<String> trusted;
            try {
                held = JSON.readValue(Files.readAllBytes(checkpoint), CheckpointJson.class).checked();
                trusted = trust(held);
            } catch (CheckpointJson.Invalid invalid) {
                invalid.problems().forEach(p -> System.err.println("rogatory audit verify: " + checkpoint + ": "
                        + p.pointer().substring(1) + " " + p.detail()));
                return 2;
            } catch (JacksonException e) {
                System.err.println("rogatory audit verify: " + checkpoint + ": " + JsonProblems.describe(e));
                return 2;
            } catch (GeneralSecurityException e) {
                System.err.println("rogatory audit verify: " + checkpoint + ": " + e.getMessage());
                return 2;
            } catch (IOException e) {
                System.err.println("rogatory audit verify: cannot read " + checkpoint + ": " + FileProblems.describe(e));
                return 2;
            }
            CheckpointVerdict verdict;
            try (Connection connection = connect(url)) {
                verdict = AuditVerifier.verify(connection, held, trusted);
            } catch (SQLException e) {
                System.err.println("rogatory audit verify: cannot read the audit log at " + url + ": " + e.getMessage());
                return 2;
            }
            if (verdict.ok()) {
                System.out.println(verdict.events());
                System.err.println("audit chain intact: " + verdict.events() + " events, and it still holds the head "
                        + "of the checkpoint (event " + verdict.sequence() + ")");
                return 0;
            }
            for (CheckpointProblem problem : verdict.problems()) {
                System.out.println(problem == CheckpointProblem.CHAIN_BROKEN
                        ? problem + " " + verdict.firstBroken() : problem.name());
                System.err.println("rogatory audit verify: " + explain(problem, verdict));
            }
            return 1;
        }

        /** The key the operator pinned with --public-key, else the one the checkpoint names (see the option). */
        private Predicate<String> trust(Checkpoint held) throws IOException, GeneralSecurityException {
            if (publicKey == null) {
                return key -> key.equals(held.publicKey());
            }
            String pinned = Checkpoint.encode(SigningKeys.publicKey(Files.readString(publicKey)));
            return key -> {
                try {
                    return Checkpoint.encode(Checkpoint.decode(key)).equals(pinned);
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    return false;
                }
            };
        }

        private static String explain(CheckpointProblem problem, CheckpointVerdict verdict) {
            return switch (problem) {
                case SIGNATURE_INVALID -> "the checkpoint's signature does not hold: it was altered or never signed";
                case UNTRUSTED_KEY -> "the checkpoint is signed, but not with the public key given";
                case HEAD_NOT_IN_CHAIN -> "the log no longer holds event " + verdict.sequence()
                        + " as the checkpoint saw it: it was rewritten or cut";
                case CHAIN_BROKEN -> "the audit chain is broken at event " + verdict.firstBroken() + " ("
                        + verdict.events() + " events read)";
            };
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
