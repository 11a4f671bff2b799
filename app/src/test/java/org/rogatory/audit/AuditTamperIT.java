package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rogatory.audit.domain.AuditEvent;
import org.rogatory.audit.domain.ChainVerification;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.audit.domain.CheckpointProblem;
import org.rogatory.cli.RogatoryCommand;
import org.rogatory.support.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone with the database's superuser powers rewrites the audit log behind the application's
 * back (with the append-only guard switched off, as only such a person can): every kind of edit is
 * caught at the event where it was made, by the verifier and by {@code rogatory audit verify}; a
 * rewrite of the whole log with every hash recomputed is caught by a signed checkpoint taken before.
 */
class AuditTamperIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    /** The two databases Rogatory runs on, and how a superuser switches off the guard on each. */
    enum Database {
        POSTGRESQL("postgresql", "set session_replication_role = replica"),
        H2("h2", "drop trigger if exists audit_events_append_only; set referential_integrity false");

        final String vendor;
        final String bypassGuard;

        Database(String vendor, String bypassGuard) {
            this.vendor = vendor;
            this.bypassGuard = bypassGuard;
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theGuardRefusesUpdatesAndDeletes(Database database) throws SQLException {
        String url = logOfTenEvents(database);
        assertThatThrownBy(() -> execute(url, null, "update audit_events set username = 'x' where seq = 5"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(url, null, "delete from audit_events where seq = 5"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(url, null, "truncate table audit_events")).isInstanceOf(SQLException.class);
        assertThat(AuditVerifier.verify(dataSource(url))).isEqualTo(new ChainVerification.Result(true, 10, null));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChangedFieldIsCaughtAtItsEvent(Database database) throws SQLException {
        String url = logOfTenEvents(database);
        execute(url, database.bypassGuard, "update audit_events set details = '{\"n\":99}' where seq = 5");
        assertThat(AuditVerifier.verify(dataSource(url)).firstBroken()).isEqualTo(5);
        assertThat(verifyCommand(url)).isEqualTo(new Run(1, "5"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDeletedEventIsCaughtWhereItWas(Database database) throws SQLException {
        String url = logOfTenEvents(database);
        execute(url, database.bypassGuard, "delete from audit_events where seq = 7");
        assertThat(AuditVerifier.verify(dataSource(url))).isEqualTo(new ChainVerification.Result(false, 9, 7L));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void swappedEventsAreCaughtAtTheFirstOfThem(Database database) throws SQLException {
        String url = logOfTenEvents(database);
        execute(url, database.bypassGuard,
                "update audit_events set seq = -1 where seq = 3",
                "update audit_events set seq = 3 where seq = 6",
                "update audit_events set seq = 6 where seq = -1");
        assertThat(AuditVerifier.verify(dataSource(url)).firstBroken()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theLastEventsRemovedAreCaughtByTheHead(Database database) throws SQLException {
        String url = logOfTenEvents(database);
        execute(url, database.bypassGuard, "delete from audit_events where seq > 8");
        assertThat(AuditVerifier.verify(dataSource(url)).firstBroken()).isEqualTo(9);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anIntactLogVerifiesFromTheCommandLine(Database database) {
        assertThat(verifyCommand(logOfTenEvents(database))).isEqualTo(new Run(0, "10"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRewriteOfTheWholeLogVerifiesAloneButNotAgainstACheckpointTakenBefore(Database database) throws Exception {
        String url = logOfTenEvents(database);
        AuditCheckpoints checkpoints = checkpoints(url);
        Checkpoint taken = checkpoints.take();
        assertThat(taken.sequence()).isEqualTo(10);
        Path held = temp.resolve("checkpoint.json");
        Files.writeString(held, JSON.writeValueAsString(CheckpointJson.of(taken)));
        assertThat(checkpoints.verify(taken).ok()).isTrue();
        assertThat(verifyCommand(url, "--checkpoint", held.toString())).isEqualTo(new Run(0, "10"));

        rewriteWholeLog(url, database.bypassGuard, 5, 10);

        assertThat(AuditVerifier.verify(dataSource(url))).isEqualTo(new ChainVerification.Result(true, 10, null));
        assertThat(verifyCommand(url)).isEqualTo(new Run(0, "10"));
        assertThat(checkpoints.verify(taken).problems()).containsExactly(CheckpointProblem.HEAD_NOT_IN_CHAIN);
        assertThat(verifyCommand(url, "--checkpoint", held.toString())).isEqualTo(new Run(1, "HEAD_NOT_IN_CHAIN"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLogCutBackWithItsHeadIsCaughtByTheCheckpoint(Database database) throws Exception {
        String url = logOfTenEvents(database);
        Checkpoint taken = checkpoints(url).take();
        rewriteWholeLog(url, database.bypassGuard, 0, 7);
        assertThat(AuditVerifier.verify(dataSource(url)).ok()).isTrue();
        assertThat(checkpoints(url).verify(taken).problems()).containsExactly(CheckpointProblem.HEAD_NOT_IN_CHAIN);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCheckpointVerifiesOnlyAgainstThePublicKeyOversightWasGiven(Database database) throws Exception {
        String url = logOfTenEvents(database);
        Path held = temp.resolve("checkpoint.json");
        Files.writeString(held, JSON.writeValueAsString(CheckpointJson.of(checkpoints(url).take())));
        Path stranger = temp.resolve("stranger.pub");
        Files.writeString(stranger, Checkpoint.encode(SigningKeys.generate().getPublic()));
        assertThat(verifyCommand(url, "--checkpoint", held.toString(), "--public-key", stranger.toString()))
                .isEqualTo(new Run(1, "UNTRUSTED_KEY"));

        Files.writeString(held, Files.readString(held).replace("\"sequence\":10", "\"sequence\":9"));
        assertThat(verifyCommand(url, "--checkpoint", held.toString())).isEqualTo(new Run(1,
                "SIGNATURE_INVALID\nHEAD_NOT_IN_CHAIN"));

        Files.writeString(held, "{\"sequence\":\"ten\"}");
        assertThat(verifyCommand(url, "--checkpoint", held.toString()).exit()).isEqualTo(2);
    }

    /** The application's checkpoints on the database, signed with a key of this test's own. */
    static AuditCheckpoints checkpoints(String url) {
        DataSource dataSource = dataSource(url);
        return new AuditCheckpoints(new JdbcTemplate(dataSource), dataSource, KEY,
                Clock.fixed(Instant.parse("2025-06-03T09:00:00Z"), ZoneOffset.UTC));
    }

    static final AuditSigningKey KEY = new AuditSigningKey("", List.of());

    /**
     * What only a superuser can do: replace the log by its first {@code keep} events, the one at
     * {@code changed} altered, every hash recomputed and the head moved to the new last event, so
     * that the chain is consistent again.
     */
    static void rewriteWholeLog(String url, String bypass, long changed, long keep) throws SQLException {
        List<AuditEvent> rewritten = new ArrayList<>();
        try (Connection connection = dataSource(url).getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select seq, occurred_at, username, actor_role, action, case_id, object_ref,"
                     + " details from audit_events where seq <= " + keep + " order by seq")) {
            String previous = AuditEvent.GENESIS;
            while (rs.next()) {
                AuditEvent event = AuditEvent.chain(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)
                                .toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getLong(1) == changed ? "{\"n\":0}" : rs.getString(8), previous);
                rewritten.add(event);
                previous = event.hash();
            }
        }
        List<String> statements = new ArrayList<>(List.of("delete from audit_events"));
        for (AuditEvent e : rewritten) {
            statements.add("insert into audit_events (seq, occurred_at, username, actor_role, action, case_id, "
                    + "object_ref, details, prev_hash, hash) values (" + e.sequence() + ", timestamp with time zone '"
                    + e.occurredAt() + "', '" + e.username() + "', '" + e.role() + "', '" + e.action() + "', "
                    + (e.caseId() == null ? "null" : "'" + e.caseId() + "'") + ", null, '" + e.details() + "', '"
                    + e.previousHash() + "', '" + e.hash() + "')");
        }
        AuditEvent last = rewritten.get(rewritten.size() - 1);
        statements.add("update audit_head set last_seq = " + last.sequence() + ", last_hash = '" + last.hash() + "'");
        execute(url, bypass, statements.toArray(String[]::new));
    }

    /** A freshly migrated database of the kind, with ten events appended the application's way. */
    String logOfTenEvents(Database database) {
        String url = database == Database.POSTGRESQL
                ? EmbeddedPostgres.newDatabase()
                : "jdbc:h2:file:" + temp.resolve("audit").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        DataSource dataSource = dataSource(url);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.vendor)
                .load().migrate();
        AuditTrail audit = new AuditTrail(new JdbcTemplate(dataSource),
                Clock.fixed(Instant.parse("2025-06-02T09:00:00Z"), ZoneOffset.UTC));
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (int i = 1; i <= 10; i++) {
            int n = i;
            transactions.executeWithoutResult(tx -> audit.record(new Actor("demo-clerk", "CLERK"), "case.read",
                    "case-" + n % 3, null, Map.of("n", n)));
        }
        return url;
    }

    static DataSource dataSource(String url) {
        return url.startsWith("jdbc:h2:") ? new DriverManagerDataSource(url, "sa", "") : new DriverManagerDataSource(url);
    }

    /** Runs statements on one connection, after the superuser's bypass if given. */
    static void execute(String url, String bypass, String... statements) throws SQLException {
        try (Connection connection = dataSource(url).getConnection(); Statement statement = connection.createStatement()) {
            if (bypass != null) {
                for (String sql : bypass.split("; ")) {
                    statement.execute(sql);
                }
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    record Run(int exit, String stdout) {
    }

    static Run verifyCommand(String url, String... options) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new ArrayList<>(List.of("audit", "verify", "--db", url));
            args.addAll(List.of(options));
            int exit = RogatoryCommand.commandLine().execute(args.toArray(String[]::new));
            return new Run(exit, printed.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(out);
        }
    }
}
