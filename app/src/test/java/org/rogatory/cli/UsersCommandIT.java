package org.rogatory.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh installation: the first start creates the administrator from {@code ROGATORY_ADMIN_PASSWORD},
 * and the operator adds accounts and sets passwords with {@code rogatory users}, the password coming
 * from standard input, never from the arguments.
 */
class UsersCommandIT {

    @TempDir
    Path data;

    /** A database file of serve's kind, new for each test. */
    String database() {
        return "jdbc:h2:file:" + data.resolve("rogatory").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void aFreshInstallationGetsItsFirstAdministratorAndTheOperatorAddsAccounts() {
        String db = database();
        CommandRun added = withAdminPassword("the very first passphrase",
                () -> typing("anna's long passphrase\n", () -> CommandRun.of("users", "add", "--username", "anna.clerk",
                        "--role", "clerk", "--language", "fr", "--db", db)));
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("\"username\":\"anna.clerk\"", "\"role\":\"CLERK\"", "\"language\":\"FR\"");

        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db, "sa", ""));
        assertThat(jdbc.sql("select username, role, enabled from users order by username").query().listOfRows())
                .containsExactly(
                        Map.of("username", "admin", "role", "ADMIN", "enabled", true),
                        Map.of("username", "anna.clerk", "role", "CLERK", "enabled", true));
        assertThat(jdbc.sql("select username, action, object_ref from audit_events order by seq").query().listOfRows())
                .containsExactly(
                        Map.of("username", "system", "action", "user.created", "object_ref", "user/admin"),
                        Map.of("username", System.getProperty("user.name"), "action", "user.created",
                                "object_ref", "user/anna.clerk"));
        String annasHash = passwordHash(jdbc, "anna.clerk");

        CommandRun weak = typing("short\n", () -> CommandRun.of("users", "password", "--username", "anna.clerk",
                "--db", db));
        assertThat(weak.exit()).isEqualTo(2);
        assertThat(weak.err()).contains("password must be at least 12 characters long");

        CommandRun changed = typing("anna's new passphrase\n", () -> CommandRun.of("users", "password",
                "--username", "anna.clerk", "--db", db));
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(passwordHash(jdbc, "anna.clerk")).isNotEqualTo(annasHash).startsWith("$2");
        assertThat(jdbc.sql("select action from audit_events order by seq").query(String.class).list())
                .endsWith("user.password.reset");
    }

    @Test
    void withoutAPasswordNothingStarts() {
        String db = database();
        CommandRun refused = typing("", () -> CommandRun.of("users", "add", "--username", "bob.clerk", "--role", "CLERK",
                "--db", db));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("no password");
    }

    @Test
    void aPasswordIsNeverAnArgument() {
        CommandRun refused = CommandRun.of("users", "add", "--username", "bob.clerk", "--role", "CLERK",
                "--password", "a long enough passphrase");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Unknown options: '--password'");
    }

    static String passwordHash(JdbcClient jdbc, String username) {
        return jdbc.sql("select password_hash from users where username = ?").param(username).query(String.class)
                .single();
    }

    /** The operator's commands sign nothing here: no key file is left behind. */
    @BeforeAll
    static void keyInMemory() {
        System.setProperty("rogatory.audit.signing-key", "");
    }

    @AfterAll
    static void keyAsConfigured() {
        System.clearProperty("rogatory.audit.signing-key");
    }

    static <T> T typing(String input, java.util.function.Supplier<T> command) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(in);
        }
    }

    /** The variable as Spring reads it; a system property stands in for the environment, which a test cannot set. */
    static <T> T withAdminPassword(String password, java.util.function.Supplier<T> command) {
        System.setProperty("ROGATORY_ADMIN_PASSWORD", password);
        try {
            return command.get();
        } finally {
            System.clearProperty("ROGATORY_ADMIN_PASSWORD");
        }
    }
}
