package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rogatory.cli.RogatoryCommand;
import org.rogatory.support.Api;
import org.rogatory.support.CaseStudyWalk;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The main flow end to end on PostgreSQL, over real HTTP, as the demo users ({@link CaseStudyWalk}). */
@PostgresIT
class EndToEndIT {

    @LocalServerPort
    int port;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void coerciveRequestWithUnnamedOfficialsReachesExecutionPlanningOnlyThroughOverrideApprovalAndJudge() {
        long events = CaseStudyWalk.walk(Api.at(port));

        assertThat(auditVerifyCommand()).isEqualTo(String.valueOf(events));
    }

    /** {@code rogatory audit verify --db URL} prints the event count and exits 0. */
    private String auditVerifyCommand() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int exit = RogatoryCommand.commandLine().execute("audit", "verify", "--db", databaseUrl);
            assertThat(exit).isZero();
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8).strip();
    }
}
