package org.rogatory.cli;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.RogatoryApplication;
import org.rogatory.access.Role;
import org.rogatory.audit.Actor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the commands an operator runs on the server share: the application started on the
 * database {@code serve} would use, and the operator's name in the audit trail.
 */
final class Operator {

    private Operator() {
    }

    /**
     * The application on the database serve would use (migrated if it is new). Its web layer is part
     * of it (security needs it), so it listens, on a free port of the loopback interface only, for as
     * long as the command runs.
     */
    static ConfigurableApplicationContext start(String db) {
        List<String> args = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--server.port=0", "--server.address=127.0.0.1"));
        String url = DatabaseUrl.chosen(db);
        if (url != null) {
            args.add("--spring.datasource.url=" + url);
        }
        return new SpringApplicationBuilder(RogatoryApplication.class)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    /** Whoever runs the command on the server is its operator, the ADMIN of DESIGN.md §1. */
    static Actor actor() {
        return new Actor(System.getProperty("user.name", "operator"), Role.ADMIN.name());
    }
}
