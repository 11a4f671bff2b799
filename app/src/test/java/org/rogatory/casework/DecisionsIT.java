package org.rogatory.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Executions;
import org.rogatory.support.Fixtures;
import org.rogatory.support.MutableClock;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@PostgresIT
class DecisionsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Api api() {
        return Api.at(port);
    }

    Cases cases() {
        return new Cases(api());
    }

    @Test
    void ofTwoConflictingDecisionsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = cases().register(Fixtures.BENIGN);
                List<Callable<Answer>> decisions = List.of(
                        () -> cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", "r")),
                        () -> cases().decide("demo-central", id, Cases.refusal()));
                List<Integer> statuses = new ArrayList<>();
                for (Future<Answer> answer : pool.invokeAll(decisions)) {
                    statuses.add(answer.get().status());
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409);
                assertThat(decisionsOf(id)).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDecisionOnAStaleVersionIsRefused() {
        String id = cases().register(Fixtures.BENIGN);
        Answer read = api().as("demo-central").get("/api/v1/requests/" + id);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"" + read.body().get("version").asLong() + "\"");

        String forward = Api.json(cases().answeringAll("demo-central", id, "FORWARD"));
        Answer stale = api().as("demo-central").post("/api/v1/requests/" + id + "/decisions", forward,
                "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:rogatory:problem:conflict");
        assertThat(decisionsOf(id)).isZero();

        Answer current = api().as("demo-central").post("/api/v1/requests/" + id + "/decisions", forward,
                "If-Match", etag);
        assertThat(current.status()).isEqualTo(201);
    }

    @Test
    void malformedDecisionsAre400sAndStoreNothing() {
        String id = cases().register(Fixtures.CASE_STUDY);
        String finding = EndToEnd.findingId(cases().read("demo-central", id), "FOREIGN_OFFICIALS_UNIDENTIFIED");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "REFUSE"))))
                .containsExactlyInAnyOrder("/reasons", "/grounds");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "REFUSE",
                "grounds", List.of("NO-SUCH-GROUND"), "reasons", "r")))).containsExactly("/grounds/0");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", "r",
                "findings", List.of(Map.of("findingId", finding, "disposition", "DISMISSED"))))))
                .containsExactly("/findings/0/reasons");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", "r",
                "findings", List.of(Map.of("findingId", "F-000000000000", "disposition", "UPHELD"))))))
                .containsExactly("/findings/0/findingId");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "SEND_ANYWAY", "reasons", "r"))))
                .containsExactly("/outcome");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", " "))))
                .as("every move gives its written reasons").containsExactly("/reasons");
        assertThat(pointers(cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", "r",
                "reason", "a typo"))))
                .as("a member the body does not have is named, not dropped").containsExactly("/reason");
        assertThat(pointers(api().as("demo-central").post("/api/v1/requests/" + id + "/decisions", "{\"outcome\":")))
                .containsExactly("");
        assertThat(decisionsOf(id)).isZero();
        assertThat(cases().read("demo-central", id).get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
    }

    @Test
    void aBlockedDecisionNamesEveryFindingInTheWay() {
        ObjectNode request = Fixtures.fresh(Fixtures.DEATH_PENALTY);
        request.set("foreignOfficials", Fixtures.request(Fixtures.CASE_STUDY).get("foreignOfficials"));
        String id = cases().register(request);
        Answer blocked = cases().decide("demo-central", id, Map.of("outcome", "FORWARD", "reasons", "r"));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("reasons").findValuesAsString("findingCode"))
                .contains("DEATH_PENALTY_RISK", "FOREIGN_OFFICIALS_UNIDENTIFIED");
        assertThat(blocked.body().get("reasons").findValuesAsString("findingId"))
                .containsExactlyInAnyOrderElementsOf(cases().gating("demo-central", id));
    }

    @Test
    void aRefusalUpholdingAFindingCitesItsGrounds() {
        String id = cases().register(Fixtures.DEATH_PENALTY);
        String finding = EndToEnd.findingId(cases().read("demo-central", id), "DEATH_PENALTY_RISK");
        Answer refused = cases().decide("demo-central", id, Map.of("outcome", "REFUSE",
                "reasons", "No assurance that the death penalty will not be imposed.",
                "findings", List.of(Map.of("findingId", finding, "disposition", "UPHELD"))));
        assertThat(refused.status()).isEqualTo(201);
        assertThat(refused.body().get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.body().get("grounds").findValuesAsString("")).isEmpty();
        assertThat(refused.body().get("grounds").toString())
                .as("under UNTOC and the 1988 Convention: not the Belgian law's art. 4, written for requests under none")
                .contains("ECHR-P13-1").doesNotContain("BE-MLA-4-2-DEATH-PENALTY");
        JsonNode read = cases().read("demo-central", id);
        JsonNode upheld = null;
        for (JsonNode each : read.get("findings")) {
            if (each.get("id").asString().equals(finding)) {
                upheld = each;
            }
        }
        assertThat(upheld.get("status").asString()).isEqualTo("ADDRESSED");
    }

    @Test
    void theProsecutorCannotExecuteACoerciveRequest() {
        String id = cases().register(Fixtures.NAMED_OFFICIALS);
        cases().move("demo-central", id, "FORWARD");
        Answer execute = cases().decide("demo-prosecutor", id, Map.of("outcome", "EXECUTE", "reasons", "r"));
        assertThat(execute.status()).isEqualTo(409);
        assertThat(execute.body().get("reasons").findValuesAsString("code")).containsExactly("coercive-measure");
        cases().move("demo-prosecutor", id, "REFER_TO_JUDGE");
        cases().move("demo-judge", id, "AUTHORISE");
        assertThat(cases().read("demo-judge", id).get("state").asString()).isEqualTo("EXECUTION_PLANNING");
    }

    @Test
    void theProsecutorExecutesANonCoerciveRequestDirectlyAndItIsPlannedWithoutAPlace() {
        String id = cases().register(Fixtures.BENIGN);
        cases().move("demo-central", id, "FORWARD");
        cases().move("demo-prosecutor", id, "EXECUTE");
        assertThat(cases().read("demo-police", id).get("state").asString()).isEqualTo("EXECUTION_PLANNING");
        Api police = api().as("demo-police");
        String base = "/api/v1/requests/" + id + "/execution";

        Map<String, Object> inUtc = new java.util.HashMap<>(Executions.placelessPlan(LocalDateTime.now(clock), 2));
        LocalDateTime utc = LocalDateTime.parse((String) inUtc.get("scheduledFor"));
        inUtc.put("scheduledFor", utc + "Z");
        Answer offset = police.post(base + "/plan", Api.json(inUtc));
        assertThat(offset.status()).as(offset.toString()).isEqualTo(201);
        assertThat(LocalDateTime.parse(offset.body().get("scheduledFor").asString()))
                .as("a time in UTC is the same instant here, not read as local")
                .isEqualTo(utc.atOffset(java.time.ZoneOffset.UTC)
                        .atZoneSameInstant(org.rogatory.RogatoryApplication.JURISDICTION_ZONE).toLocalDateTime());
        inUtc.put("scheduledFor", "the day after tomorrow");
        Answer words = police.post(base + "/plan", Api.json(inUtc));
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.body().get("errors").findValuesAsString("pointer")).containsExactly("/scheduledFor");

        // bank records are produced at no premises: the plan names officers, no place
        Answer drafted = police.post(base + "/plan", Api.json(Executions.placelessPlan(LocalDateTime.now(clock), 2)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        Answer confirmed = police.post(base + "/plan/confirmation?plan=2", "");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        Answer beforeConfirmation = police.post(base + "/report", Api.json(Map.of(
                "executedAt", LocalDateTime.now(clock).minusDays(1).withNano(0).toString(),
                "present", List.of(Map.of("name", "Inspector Lotte Maes", "role", "OFFICER")))));
        assertThat(beforeConfirmation.status()).as("executed before its plan was confirmed").isEqualTo(400);
        assertThat(beforeConfirmation.body().get("errors").findValuesAsString("pointer")).containsExactly("/executedAt");
        Answer reported = police.post(base + "/report", Api.json(Map.of(
                "executedAt", LocalDateTime.now(clock).withNano(0).toString(),
                "present", List.of(Map.of("name", "Inspector Lotte Maes", "role", "OFFICER")),
                "seized", List.of(Map.of("kind", "DOCUMENT", "label", "Ledger 2023", "placeFound", "the bank's archive",
                        "description", "Bound ledger of the account, 2023")))));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(cases().read("demo-police", id).get("state").asString()).isEqualTo("EXECUTED");
        assertThat(police.get(base).body().get("incidents").findValuesAsString("kind"))
                .as("a seizure is coercive: no judge authorised one").containsExactly("SEIZURE_NOT_AUTHORISED");
    }

    @Test
    void aPlanRedraftedSinceTheOfficerReadItIsNotConfirmed() {
        String id = cases().register(Fixtures.BENIGN);
        cases().move("demo-central", id, "FORWARD");
        cases().move("demo-prosecutor", id, "EXECUTE");
        Api police = api().as("demo-police");
        String base = "/api/v1/requests/" + id + "/execution";
        for (int plan = 1; plan <= 2; plan++) {
            Answer drafted = police.post(base + "/plan", Api.json(Executions.placelessPlan(LocalDateTime.now(clock), plan)));
            assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        }
        Answer stale = police.post(base + "/plan/confirmation?plan=1", "");
        assertThat(stale.status()).as("plan 2 has been drafted since the officer read plan 1").isEqualTo(409);
        assertThat(stale.body().get("reasons").findValuesAsString("code")).containsExactly("plan-redrafted");
        assertThat(police.get(base).body().get("plan").get("status").asString()).isEqualTo("DRAFT");
        Answer notANumber = police.post(base + "/plan/confirmation?plan=two", "");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body().toString()).contains("plan");
        assertThat(police.post(base + "/plan/confirmation?plan=2", "").status()).isEqualTo(200);
        assertThat(police.get(base).body().get("plan").get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aSearchTheJudgeAuthorisedIsPlannedAtAPlace() {
        String id = cases().register(Fixtures.NAMED_OFFICIALS);
        cases().move("demo-central", id, "FORWARD");
        cases().move("demo-prosecutor", id, "REFER_TO_JUDGE");
        cases().move("demo-judge", id, "AUTHORISE");
        Answer placeless = api().as("demo-police").post("/api/v1/requests/" + id + "/execution/plan",
                Api.json(Executions.placelessPlan(LocalDateTime.now(clock), 2)));
        assertThat(placeless.status()).as(placeless.toString()).isEqualTo(400);
        assertThat(placeless.body().get("errors").findValuesAsString("pointer")).containsExactly("/places");
    }

    @Test
    void anOfficeTheRequestGivesNoStreetForIsSearchedOnlyWhereTheJudgeSays() {
        String id = cases().register(Fixtures.NAMED_OFFICIALS);
        cases().move("demo-central", id, "FORWARD");
        cases().move("demo-prosecutor", id, "REFER_TO_JUDGE");
        Map<String, Object> authorise = cases().answeringAll("demo-judge", id, "AUTHORISE");
        authorise.put("authorisation", Map.of("measures", List.of(0, 1),
                "places", List.of(Map.of("measure", 0, "address", "Naamsestraat 5"))));
        Answer withoutCity = cases().decide("demo-judge", id, authorise);
        assertThat(pointers(withoutCity)).containsExactly("/authorisation/places/0/city");
        authorise.put("authorisation", Map.of("measures", List.of(0, 1),
                "places", List.of(Map.of("measure", 0, "address", "Naamsestraat 5", "city", "Leuven"))));
        Answer authorised = cases().decide("demo-judge", id, authorise);
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(201);

        Answer wherePoliceChoose = api().as("demo-police").post("/api/v1/requests/" + id + "/execution/plan",
                Api.json(officePlan("Bondgenotenlaan 1")));
        assertThat(wherePoliceChoose.status()).as(wherePoliceChoose.toString()).isEqualTo(409);
        assertThat(wherePoliceChoose.body().get("reasons").findValuesAsString("code")).as("the search and the seizure")
                .containsExactly("place-not-named", "place-not-named");
        Answer whereTheJudgeSays = api().as("demo-police").post("/api/v1/requests/" + id + "/execution/plan",
                Api.json(officePlan("Naamsestraat 5, 3000 Leuven")));
        assertThat(whereTheJudgeSays.status()).as(whereTheJudgeSays.toString()).isEqualTo(201);
    }

    /** The search of the office in Leuven and the seizure of what is found there, at {@code address}. */
    private Map<String, Object> officePlan(String address) {
        return Map.of("scheduledFor", LocalDateTime.now(clock).plusDays(2).withNano(0).toString(),
                "places", List.of(Map.of("measures", List.of(0, 1), "premises", "OFFICE", "address", address,
                        "city", "Leuven")),
                "officers", List.of(Map.of("name", "Inspector Lotte Maes", "unit", "FJP Leuven")));
    }

    @Test
    void newInformationSendsTheRequestBackThroughScreeningToTheCentralAuthority() {
        ObjectNode thin = Fixtures.fresh(Fixtures.THIN);
        String id = cases().register(thin);
        String incomplete = EndToEnd.findingId(cases().read("demo-central", id), "INCOMPLETE_REQUEST");
        cases().move("demo-central", id, "RETURN_FOR_INFORMATION");
        assertThat(api().as("demo-clerk").get("/api/v1/requests").body().findValuesAsString("id")).contains(id);

        ObjectNode amended = thin.deepCopy();
        amended.put("facts", "The requesting authority now describes the scheme in detail. ".repeat(10));
        ((ObjectNode) amended.get("legalBasis").get(0)).put("article", "18");
        ((ObjectNode) amended.get("offences").get(0)).put("description",
                "Advance fee fraud against several hundred victims by e-mail");
        Answer supplemented = api().as("demo-clerk").post("/api/v1/requests/" + id + "/supplements", Api.json(amended));
        assertThat(supplemented.status()).as(supplemented.toString()).isEqualTo(201);
        assertThat(supplemented.body().get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        JsonNode read = cases().read("demo-central", id);
        assertThat(read.get("request").get("facts").asString()).startsWith("The requesting authority now");
        for (JsonNode finding : read.get("findings")) {
            if (finding.get("id").asString().equals(incomplete)) {
                assertThat(finding.get("status").asString()).isEqualTo("STALE");
            }
        }

        Answer again = api().as("demo-clerk").post("/api/v1/requests/" + id + "/supplements", Api.json(amended));
        assertThat(again.status()).isEqualTo(409);
        ObjectNode other = amended.deepCopy();
        other.put("foreignReference", "SOMETHING-ELSE");
        other.put("requestingState", "BE");
        Answer otherRequest = api().as("demo-clerk").post("/api/v1/requests/" + id + "/supplements", Api.json(other));
        assertThat(otherRequest.status()).isEqualTo(400);
        assertThat(otherRequest.body().get("errors").findValuesAsString("pointer"))
                .containsExactlyInAnyOrder("/requestingState", "/foreignReference");
    }

    @Test
    void theRequestingStateMayWithdrawAndTheCaseLeavesEveryQueue() {
        String id = cases().register(Fixtures.BENIGN);
        cases().move("demo-central", id, "FORWARD");
        Answer withdrawn = cases().decide("demo-clerk", id, Map.of("outcome", "WITHDRAW",
                "reasons", "Letter of the requesting authority withdrawing the request."));
        assertThat(withdrawn.status()).isEqualTo(201);
        assertThat(withdrawn.body().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(api().as("demo-prosecutor").get("/api/v1/requests").body().findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(api().as("demo-prosecutor").get("/api/v1/requests/" + id).status()).isEqualTo(404);
        assertThat(cases().read("demo-clerk", id).get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(cases().decide("demo-clerk", id, Map.of("outcome", "WITHDRAW", "reasons", "again")).status())
                .isEqualTo(409);
    }

    @Test
    void aDecisionAwaitingApprovalLapsesWhenALaterDecisionIsTaken() {
        String id = cases().register(Fixtures.CASE_STUDY);
        Answer pending = cases().decideAnsweringAll("demo-central", id, "FORWARD");
        assertThat(pending.body().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(cases().decide("demo-central", id, Map.of("outcome", "RETURN_FOR_INFORMATION",
                "reasons", "Ask who the officials are.")).status()).isEqualTo(201);
        Answer approval = api().as("demo-supervisor").post("/api/v1/requests/" + id + "/decisions/"
                + pending.body().get("id").asString() + "/approval", "");
        assertThat(approval.status()).isIn(404, 409);
        JsonNode read = cases().read("demo-central", id);
        assertThat(read.get("decisions").get(0).get("status").asString()).isEqualTo("LAPSED");
        assertThat(read.get("state").asString()).isEqualTo("AWAITING_INFORMATION");
    }

    @Test
    void aDecisionIsApprovedOnce() {
        String id = cases().register(Fixtures.CASE_STUDY);
        String decision = cases().decideAnsweringAll("demo-central", id, "FORWARD").body().get("id").asString();
        String approval = "/api/v1/requests/" + id + "/decisions/" + decision + "/approval";
        assertThat(api().as("demo-supervisor").post(approval, "").status()).isEqualTo(201);
        assertThat(api().as("demo-supervisor").post(approval, "").status()).isEqualTo(409);
        Answer noSuchDecision = api().as("demo-supervisor").post("/api/v1/requests/" + id
                + "/decisions/no-such/approval", "");
        assertThat(noSuchDecision.status()).isEqualTo(404);
        assertThat(noSuchDecision.body().get("detail").asString()).as("the request is there; the decision is not")
                .isEqualTo("There is no decision with this id on this request.");
    }

    @Test
    void theQueueShowsOverdueRequestsFirstThenUrgentOnes() {
        ObjectNode overdue = Fixtures.fresh(Fixtures.BENIGN);
        overdue.put("deadline", "2025-01-01");
        ObjectNode urgent = Fixtures.fresh(Fixtures.BENIGN);
        urgent.put("urgent", true);
        ObjectNode plain = Fixtures.fresh(Fixtures.BENIGN);
        String plainId = cases().register(plain);
        String urgentId = cases().register(urgent);
        String overdueId = cases().register(overdue);
        List<String> queue = api().as("demo-central").get("/api/v1/requests?state=CENTRAL_AUTHORITY_REVIEW").body()
                .findValuesAsString("id");
        assertThat(queue).containsSubsequence(overdueId, urgentId, plainId);
        JsonNode first = api().as("demo-central").get("/api/v1/requests").body().get(0);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(api().as("demo-central").get("/api/v1/requests?state=JUDGE_REVIEW").body().findValuesAsString("id"))
                .doesNotContain(overdueId);
        Answer unknownState = api().as("demo-central").get("/api/v1/requests?state=NO_SUCH_STATE");
        assertThat(unknownState.status()).isEqualTo(400);
        assertThat(unknownState.contentType()).startsWith("application/problem+json");
        assertThat(unknownState.body().get("errors").findValuesAsString("pointer")).containsExactly("/state");
        assertThat(unknownState.body().get("errors").findValuesAsString("detail").get(0))
                .contains("NO_SUCH_STATE", "CENTRAL_AUTHORITY_REVIEW");
        Answer firewalled = api().as("demo-central").get("/api/v1/requests/" + overdueId + ";x=1");
        assertThat(firewalled.status()).isEqualTo(400);
        assertThat(firewalled.contentType()).as("answered as every bad request is").startsWith("application/problem+json");
    }

    long decisionsOf(String id) {
        return jdbc.sql("select count(*) from decisions where case_id = ?").param(id).query(Long.class).single();
    }

    static List<String> pointers(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.body().get("errors").findValuesAsString("pointer");
    }

    /** Shorthand for the walk's helpers. */
    static final class EndToEnd {
        static String findingId(JsonNode caseOrRegistration, String code) {
            return org.rogatory.support.CaseStudyWalk.findingId(caseOrRegistration, code);
        }
    }
}
