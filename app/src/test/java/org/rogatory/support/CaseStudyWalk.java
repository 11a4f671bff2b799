package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rogatory.support.Api.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The case study's request, walked through the chain over HTTP by the demo users: the unnamed
 * foreign officials (with whatever else screening raised) block the forward until the central
 * authority overrides the finding, answers the others, and a supervisor approves; the prosecutor refers, the judge authorises. Every read and write is in the
 * audit chain, which still verifies, with exactly the events the walk caused.
 */
public final class CaseStudyWalk {

    private CaseStudyWalk() {
    }

    /** Walks the flow, asserting each answer; returns the number of audit events the chain holds after it. */
    public static long walk(Api api) {
        Api clerk = api.as("demo-clerk");
        Api central = api.as("demo-central");
        Api supervisor = api.as("demo-supervisor");
        Api prosecutor = api.as("demo-prosecutor");
        Api judge = api.as("demo-judge");
        Api oversight = api.as("demo-oversight");
        long eventsBefore = oversight.get("/api/v1/audit/verify").body().get("events").asLong();
        int expectedEvents = 0;

        Answer registered = clerk.post("/api/v1/requests", Api.json(Fixtures.fresh(Fixtures.CASE_STUDY)));
        expectedEvents += 4; // registered, screened, moved to SCREENED, moved to CENTRAL_AUTHORITY_REVIEW
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.body().get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        String id = registered.body().get("id").asString();
        String unidentified = findingId(registered.body(), "FOREIGN_OFFICIALS_UNIDENTIFIED");
        assertThat(severity(registered.body(), unidentified)).isEqualTo("BLOCKING");
        assertThat(codes(registered.body())).contains("INVESTIGATING_JUDGE_REQUIRED", "FOREIGN_OFFICIALS_AUTHORISATION");

        Answer read = central.get("/api/v1/requests/" + id);
        expectedEvents += 1;
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("outcomesOpenToYou").toString()).contains("FORWARD");

        Answer refused = central.post("/api/v1/requests/" + id + "/decisions", Api.json(Map.of("outcome", "FORWARD",
                "reasons", "Nothing stands in the way.")));
        expectedEvents += 1; // the refused attempt
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("reasons").findValuesAsString("findingId")).contains(unidentified)
                .containsExactlyInAnyOrderElementsOf(gating(registered.body()));

        List<Map<String, String>> answers = new ArrayList<>();
        answers.add(Map.of("findingId", unidentified, "disposition", "OVERRIDDEN",
                "reasons", "The judge will admit only officials named in the authorisation."));
        gating(registered.body()).stream().filter(f -> !f.equals(unidentified))
                .forEach(f -> answers.add(Map.of("findingId", f, "disposition", "UPHELD")));
        Answer overridden = central.post("/api/v1/requests/" + id + "/decisions", Api.json(Map.of(
                "outcome", "FORWARD", "grounds", List.of("ROG-FOREIGN-OFFICIALS-NAMED"),
                "reasons", "Forwarded on condition that the officials are named before any execution.",
                "findings", answers)));
        expectedEvents += 1;
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(overridden.body().get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(overridden.body().get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        String decisionId = overridden.body().get("id").asString();

        assertThat(state(central, id)).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
        expectedEvents += 1;

        assertThat(central.post("/api/v1/requests/" + id + "/decisions/" + decisionId + "/approval", "").status())
                .isEqualTo(403);
        expectedEvents += 1; // the role's refusal is on the record

        assertThat(supervisor.get("/api/v1/requests").body().findValuesAsString("id")).contains(id);
        expectedEvents += 1;
        Answer approved = supervisor.post("/api/v1/requests/" + id + "/decisions/" + decisionId + "/approval", "");
        expectedEvents += 2; // approved, moved
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.body().get("state").asString()).isEqualTo("PROSECUTOR_REVIEW");

        assertThat(prosecutor.get("/api/v1/requests").body().findValuesAsString("id")).contains(id);
        expectedEvents += 1;
        assertThat(state(prosecutor, id)).isEqualTo("PROSECUTOR_REVIEW");
        expectedEvents += 1;
        Answer referred = prosecutor.post("/api/v1/requests/" + id + "/decisions", Api.json(Map.of(
                "outcome", "REFER_TO_JUDGE", "reasons", "Search and seizure need the investigating judge.")));
        expectedEvents += 2;
        assertThat(referred.status()).isEqualTo(201);
        assertThat(referred.body().get("state").asString()).isEqualTo("JUDGE_REVIEW");

        Answer authorised = judge.post("/api/v1/requests/" + id + "/decisions", Api.json(Map.of(
                "outcome", "AUTHORISE", "grounds", List.of("BE-CIC-JUDGE", "ROG-FOREIGN-OFFICIALS-NAMED"),
                "reasons", "Search authorised; foreign officials only if named, observing only.")));
        expectedEvents += 2;
        assertThat(authorised.status()).isEqualTo(201);
        assertThat(authorised.body().get("state").asString()).isEqualTo("EXECUTION_PLANNING");
        assertThat(state(judge, id)).isEqualTo("EXECUTION_PLANNING");
        expectedEvents += 1;

        Answer verified = oversight.get("/api/v1/audit/verify");
        assertThat(verified.body().get("ok").asBoolean()).isTrue();
        assertThat(verified.body().get("firstBroken").isNull()).isTrue();
        assertThat(verified.body().get("events").asLong()).isEqualTo(eventsBefore + expectedEvents);
        return eventsBefore + expectedEvents;
    }


    /**
     * The blocking and warning findings a forward must answer: besides the unnamed officials, whatever
     * else screening raised (the state-linked complainant, earlier copies of the request as related
     * cases, and more when reference data are loaded).
     */
    public static List<String> gating(JsonNode registration) {
        List<String> ids = new ArrayList<>();
        for (JsonNode finding : registration.get("findings")) {
            String severity = finding.get("severity").asString();
            if (severity.equals("BLOCKING") || severity.equals("WARNING")) {
                ids.add(finding.get("id").asString());
            }
        }
        return ids;
    }

    public static String state(Api user, String id) {
        return user.get("/api/v1/requests/" + id).body().get("state").asString();
    }

    public static String findingId(JsonNode caseOrRegistration, String code) {
        return finding(caseOrRegistration, code).get("id").asString();
    }

    /** The first finding with this code. */
    public static JsonNode finding(JsonNode caseOrRegistration, String code) {
        for (JsonNode finding : caseOrRegistration.get("findings")) {
            if (finding.get("code").asString().equals(code)) {
                return finding;
            }
        }
        throw new AssertionError("no " + code + " finding in " + caseOrRegistration);
    }

    public static String severity(JsonNode registration, String findingId) {
        for (JsonNode finding : registration.get("findings")) {
            if (finding.get("id").asString().equals(findingId)) {
                return finding.get("severity").asString();
            }
        }
        throw new AssertionError(findingId);
    }

    public static List<String> codes(JsonNode registration) {
        return registration.get("findings").findValuesAsString("code");
    }
}
