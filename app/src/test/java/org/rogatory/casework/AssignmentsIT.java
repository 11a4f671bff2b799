package org.rogatory.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Executions;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A judge who authorised a search leaves (the account is disabled): the case, past the judge's queue,
 * would wait for nobody. The supervisor sees it among the unattended cases and hands it to another
 * judge, who then sees it; everything else is refused with a reason.
 */
@PostgresIT
class AssignmentsIT {

    static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    String judge(String name) {
        String username = "judge." + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Answer created = Api.at(port).as("demo-admin").post("/api/v1/users", Api.json(Map.of("username", username,
                "password", PASSWORD, "role", "INVESTIGATING_JUDGE")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** The case study authorised by {@code judge}, waiting for its execution plan. */
    String authorisedBy(String judge) {
        Api api = Api.at(port);
        Cases cases = new Cases(api);
        String id = cases.register(Fixtures.CASE_STUDY);
        Answer forwarded = cases.decideAnsweringAll("demo-central", id, "FORWARD");
        if (forwarded.body().get("status").asString().equals("AWAITING_APPROVAL")) {
            assertThat(api.as("demo-supervisor").post("/api/v1/requests/" + id + "/decisions/"
                    + forwarded.body().get("id").asString() + "/approval", "").status()).isEqualTo(201);
        }
        cases.move("demo-prosecutor", id, "REFER_TO_JUDGE");
        Answer authorised = api.as(judge, PASSWORD).post("/api/v1/requests/" + id + "/decisions",
                Api.json(new Executions(api).authorisation(id)));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(201);
        return id;
    }

    @Test
    void aSupervisorHandsTheCaseOfAJudgeWhoLeftToAnotherJudge() {
        String away = judge("away");
        String cover = judge("cover");
        String id = authorisedBy(away);
        Api supervisor = Api.at(port).as("demo-supervisor");
        assertThat(Api.at(port).as(cover, PASSWORD).get("/api/v1/requests/" + id).status()).isEqualTo(404);
        assertThat(unattended(supervisor, id)).as("held by an enabled judge").isNull();

        assertThat(Api.at(port).as("demo-admin").post("/api/v1/users/" + away + "/disable", "").status())
                .isEqualTo(200);
        JsonNode held = unattended(supervisor, id);
        assertThat(held.get("state").asString()).isEqualTo("EXECUTION_PLANNING");
        assertThat(held.get("heldBy").findValuesAsString("username")).containsExactly(away);
        assertThat(held.get("heldBy").get(0).get("role").asString()).isEqualTo("INVESTIGATING_JUDGE");
        assertThat(held.has("facts")).as("nothing of the case's content").isFalse();

        Answer assigned = supervisor.post("/api/v1/requests/" + id + "/assignments", Api.json(Map.of(
                "username", cover, "reasons", "Judge " + away + " has left the court; the case goes to " + cover + ".")));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(assigned.body().get("role").asString()).isEqualTo("INVESTIGATING_JUDGE");
        assertThat(Api.at(port).as(cover, PASSWORD).get("/api/v1/requests/" + id).status()).isEqualTo(200);
        assertThat(unattended(supervisor, id)).as("taken up by an enabled judge").isNull();
        Map<String, Object> event = jdbc.sql("select username, details from audit_events where action = 'case.assigned'"
                + " and case_id = ? order by seq desc limit 1").param(id).query().singleRow();
        assertThat(event.get("username")).isEqualTo("demo-supervisor");
        assertThat((String) event.get("details")).contains(cover, "has left the court");
    }

    @Test
    void onlyASupervisorHandsAnOpenCaseOfADisabledAccountToAnEnabledUserWhoWorksOnCasesWithReasons() {
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.BENIGN);
        Api supervisor = Api.at(port).as("demo-supervisor");
        String path = "/api/v1/requests/" + id + "/assignments";
        String disabled = judge("disabled");
        Api.at(port).as("demo-admin").post("/api/v1/users/" + disabled + "/disable", "");

        assertThat(Api.at(port).as("demo-central").post(path, Api.json(Map.of("username", "demo-judge",
                "reasons", "r"))).status()).isEqualTo(403);
        Answer empty = supervisor.post(path, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").findValuesAsString("pointer")).containsExactly("/username", "/reasons");
        for (String username : new String[] {disabled, "demo-oversight", "demo-supervisor",
                "nobody-" + UUID.randomUUID()}) {
            Answer refused = supervisor.post(path, Api.json(Map.of("username", username, "reasons", "cover")));
            assertThat(refused.status()).as(username).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsString("pointer")).containsExactly("/username");
        }
        assertThat(supervisor.post("/api/v1/requests/" + UUID.randomUUID() + "/assignments",
                Api.json(Map.of("username", "demo-judge", "reasons", "cover"))).status()).isEqualTo(404);

        Answer attended = supervisor.post(path, Api.json(Map.of("username", "demo-judge", "reasons", "cover")));
        assertThat(attended.status()).as("nobody who held it is away").isEqualTo(409);
        assertThat(attended.body().get("reasons").findValuesAsString("code")).containsExactly("case-attended");

        assertThat(cases.decide("demo-central", id, Cases.refusal()).status()).isEqualTo(201);
        Answer closed = supervisor.post(path, Api.json(Map.of("username", "demo-judge", "reasons", "cover")));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.body().get("reasons").findValuesAsString("code")).containsExactly("case-closed");
    }

    static JsonNode unattended(Api supervisor, String id) {
        Answer answer = supervisor.get("/api/v1/assignments/unattended");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body().valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElse(null);
    }
}
