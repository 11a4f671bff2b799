package org.rogatory.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL server (io.zonky embedded binaries), started once per test JVM and shared by
 * every {@code *IT} context. Each Spring context gets a fresh database of its own, so tests that
 * count rows or audit events do not see each other's data.
 */
public final class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static int databases;

    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory is removed by the library
                }
            }));
        }
        return server;
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static synchronized String newDatabase() {
        String name = "rogatory_" + (++databases);
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
                java.util.Map.of(
                        "spring.datasource.url", newDatabase(),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres")));
    }
}
