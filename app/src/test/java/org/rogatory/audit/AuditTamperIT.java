package org.rogatory.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rogatory.audit.domain.ChainVerification;
import org.rogatory.cli.RogatoryCommand;
import org.rogatory.support.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with the database's superuser powers rewrites the audit log behind the application's
 * back (with the append-only guard switched off, as only such a person can): every kind of edit is
 * caught at the event where it was made, by the verifier and by {@code rogatory audit verify}.
 */
class AuditTamperIT {

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

    static Run verifyCommand(String url) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = RogatoryCommand.commandLine().execute("audit", "verify", "--db", url);
            return new Run(exit, printed.toString(StandardCharsets.UTF_8).strip());
        } finally {
            System.setOut(out);
        }
    }
}
