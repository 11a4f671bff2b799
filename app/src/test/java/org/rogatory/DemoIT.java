package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * {@code rogatory demo}, the first thing a newcomer runs: its profile on its own in-memory H2 database,
 * with the demo's requests carried through the features' services as far as their scripts take them,
 * the American one executed where the judge's authorisation says its data carriers are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DemoIT {

    @LocalServerPort
    int port;

    @Test
    void theDemoFillsEachRolesQueueAndItsAuditChainHolds() {
        Map<String, String> states = new HashMap<>();
        for (String user : new String[] {"demo-central", "demo-prosecutor", "demo-judge", "demo-police",
                "demo-reviewer", "demo-clerk"}) {
            for (JsonNode item : Api.at(port).as(user).get("/api/v1/requests").body()) {
                states.put(item.get("foreignReference").asString(), item.get("state").asString());
            }
        }
        assertThat(states).containsEntry("US-OIA-182-54321", "RESULTS_REVIEW");
        assertThat(states.values()).contains("CENTRAL_AUTHORITY_REVIEW", "PROSECUTOR_REVIEW", "JUDGE_REVIEW",
                "EXECUTION_PLANNING", "AWAITING_INFORMATION");

        JsonNode verified = Api.at(port).as("demo-oversight").get("/api/v1/audit/verify").body();
        assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
    }
}
