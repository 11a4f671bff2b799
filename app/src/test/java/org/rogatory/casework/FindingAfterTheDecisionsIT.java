package org.rogatory.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.CaseStudyWalk;
import org.rogatory.support.Cases;
import org.rogatory.support.Executions;
import org.rogatory.support.Fixtures;
import org.rogatory.support.Imports;
import org.rogatory.support.MutableClock;
import org.rogatory.support.ReferenceDataIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The register grows after the decisions: the suspect of a request the prosecutor has sent for execution
 * is recognised as a refugee from the requesting state. The BLOCKING finding that screening raises then
 * holds the execution until the investigating judge answers it, and the judge, whom no decision had
 * involved, finds the case in the queue.
 */
@ReferenceDataIT
class FindingAfterTheDecisionsIT {

    static final String REFUGEE = "R-9003,REFUGEE,Lucien Garnier-Vasseur,1971-08-19,FR,FR,2025-05,\n";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aBlockingFindingRaisedDuringTheExecutionHoldsItUntilTheJudgeAnswers() {
        Api api = Api.at(port);
        Api police = api.as("demo-police");
        Imports.importSharedWithoutRegister(api);
        Cases cases = new Cases(api);
        String id = new Executions(api).executedByTheProsecutor(Fixtures.BENIGN);
        String base = "/api/v1/requests/" + id;
        assertThat(police.post(base + "/execution/plan", Api.json(Executions.placelessPlan(LocalDateTime.now(clock), 1)))
                .status()).isEqualTo(201);
        assertThat(api.as("demo-judge").get(base).status()).as("no judge is involved yet").isEqualTo(404);

        assertThat(Imports.importRegister(api, Imports.UNRELATED_DOCTOR + REFUGEE).status()).isEqualTo(200);
        JsonNode refugee = CaseStudyWalk.finding(cases.read("demo-police", id), "REFUGEE_FROM_REQUESTING_STATE");
        assertThat(refugee.get("status").asString()).isEqualTo("OPEN");
        Answer confirmation = police.post(base + "/execution/plan/confirmation", "");
        assertThat(confirmation.status()).as(confirmation.toString()).isEqualTo(409);
        assertThat(confirmation.body().get("reasons").findValuesAsString("findingId"))
                .contains(refugee.get("id").asString());

        Api judge = api.as("demo-judge");
        assertThat(judge.get("/api/v1/requests").body().findValuesAsString("id")).contains(id);
        assertThat(cases.read("demo-judge", id).get("outcomesOpenToYou").toString()).contains("AUTHORISE", "REFUSE");
        Answer refused = cases.decide("demo-judge", id, Map.of("outcome", "REFUSE",
                "grounds", List.of("CSR51-33-1"), "reasons", "The suspect is a refugee recognised against France.",
                "findings", List.of(Map.of("findingId", refugee.get("id").asString(), "disposition", "UPHELD"))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(201);
        assertThat(cases.read("demo-judge", id).get("state").asString()).isEqualTo("REFUSED");
        assertThat(police.post(base + "/execution/plan/confirmation", "").status()).isIn(404, 409);
    }
}
