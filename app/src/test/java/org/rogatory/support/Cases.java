package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.support.Api.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Registering requests and deciding on them as the demo users, for tests that need a case in some state. */
public final class Cases {

    private final Api api;

    public Cases(Api api) {
        this.api = api;
    }

    /** Registers a fresh copy of the example request as demo-clerk; returns the case id. */
    public String register(String file) {
        return register(Fixtures.fresh(file));
    }

    public String register(ObjectNode request) {
        Answer answer = api.as("demo-clerk").post("/api/v1/requests", Api.json(request));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.body().get("id").asString();
    }

    public JsonNode read(String username, String id) {
        Answer answer = api.as(username).get("/api/v1/requests/" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    public Answer decide(String username, String id, Map<String, ?> decision) {
        return api.as(username).post("/api/v1/requests/" + id + "/decisions", Api.json(decision));
    }

    /** A decision that answers every open blocking finding by overriding it and every warning by upholding it. */
    public Answer decideAnsweringAll(String username, String id, String outcome) {
        return decide(username, id, answeringAll(username, id, outcome));
    }

    /**
     * The body of such a decision. Screening raises more than the request alone says (related cases
     * among the copies of a fixture registered by other tests, for one), so a test that is not about
     * findings answers them all.
     */
    public Map<String, Object> answeringAll(String username, String id, String outcome) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (JsonNode finding : read(username, id).get("findings")) {
            String severity = finding.get("severity").asString();
            if (finding.get("status").asString().equals("OPEN") && (severity.equals("BLOCKING")
                    || severity.equals("WARNING"))) {
                answers.add(severity.equals("BLOCKING")
                        ? Map.of("findingId", finding.get("id").asString(), "disposition", "OVERRIDDEN",
                                "reasons", "Overridden for the test.")
                        : Map.of("findingId", finding.get("id").asString(), "disposition", "UPHELD"));
            }
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", outcome);
        decision.put("reasons", "Decided for the test.");
        decision.put("findings", answers);
        return decision;
    }

    /** The ids of the case's open blocking and warning findings: what a forward must answer. */
    public List<String> gating(String username, String id) {
        List<String> ids = new ArrayList<>();
        for (JsonNode finding : read(username, id).get("findings")) {
            String severity = finding.get("severity").asString();
            if (finding.get("status").asString().equals("OPEN") && (severity.equals("BLOCKING")
                    || severity.equals("WARNING"))) {
                ids.add(finding.get("id").asString());
            }
        }
        return ids;
    }

    /** Moves the case on with a decision that must be recorded and take effect. */
    public void move(String username, String id, String outcome) {
        Answer answer = decideAnsweringAll(username, id, outcome);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.body().get("status").asString()).isEqualTo("EFFECTIVE");
    }

    public static Map<String, Object> refusal() {
        return Map.of("outcome", "REFUSE", "grounds", List.of("ECMA59-2-B"),
                "reasons", "Execution would harm essential interests.");
    }
}
