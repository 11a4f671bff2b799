package org.rogatory.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rogatory.RogatoryApplication;
import org.rogatory.access.DemoUsers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rogatory demo} and {@code rogatory serve}: the commands that start the server. */
final class ServerCommands {

    private ServerCommands() {
    }

    @Command(name = "serve", description = "Starts the server (embedded H2 database unless --db or ROGATORY_DB_URL names one).")
    static final class Serve implements Callable<Integer> {

        @Option(names = "--db", description = "JDBC URL of the database, e.g. jdbc:postgresql://host/rogatory")
        String db;

        @Option(names = "--port", description = "HTTP port (default 8080)")
        Integer port;

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>();
            String url = DatabaseUrl.chosen(db);
            if (url != null) {
                args.add("--spring.datasource.url=" + url);
            }
            if (port != null) {
                args.add("--server.port=" + port);
            }
            try {
                SpringApplication.run(RogatoryApplication.class, args.toArray(String[]::new));
            } catch (RuntimeException e) {
                return cannotStart("serve", e);
            }
            return RogatoryCommand.KEEP_RUNNING;
        }
    }

    /** A server that did not start says why in one line, not a stack trace (the log above has the details). */
    private static int cannotStart(String command, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        System.err.println("rogatory " + command + ": the server did not start: " + cause.getMessage());
        return 1;
    }

    @Command(name = "demo", description = "Starts the server on a fresh embedded database with demo data and demo users.")
    static final class Demo implements Callable<Integer> {

        @Option(names = "--db", description = "Refused unless embedded: the demo never touches a real database.")
        String db;

        @Option(names = "--port", description = "HTTP port (default 8080)")
        Integer port;

        @Override
        public Integer call() {
            String url = DatabaseUrl.chosen(db);
            if (url != null && !url.startsWith("jdbc:h2:mem:")) {
                System.err.println("rogatory demo: refusing to load demo data into a non-embedded database (" + url + ")");
                return 2;
            }
            List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo"));
            if (port != null) {
                args.add("--server.port=" + port);
            }
            ConfigurableApplicationContext context;
            try {
                context = SpringApplication.run(RogatoryApplication.class, args.toArray(String[]::new));
            } catch (RuntimeException e) {
                return cannotStart("demo", e);
            }
            String address = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            System.out.println();
            System.out.println("Rogatory demo: " + address + "  (API " + address + "/api/v1, documentation " + address
                    + "/api/v1/docs)");
            System.out.println("Users (password " + (System.getenv("ROGATORY_DEMO_PASSWORD") == null
                    ? "demo" : "from ROGATORY_DEMO_PASSWORD") + "): " + String.join(", ", DemoUsers.USERS.keySet()));
            System.out.println("Try: curl -u demo-central:demo " + address + "/api/v1/requests");
            return RogatoryCommand.KEEP_RUNNING;
        }
    }
}
