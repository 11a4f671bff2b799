package org.rogatory.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.rogatory.support.Api.Answer;

/**
 * The case study over HTTP as the demo users, up to the execution: the refugee lawyer's request
 * goes through the central authority (the blocking findings overridden, a supervisor approving), the
 * prosecutor and the judge, who authorises the search with two named observers.
 */
public final class Executions {

    /** The two officials the judge names: the case study's agents, had they been identified. */
    public static final Map<String, String> FIRST_OBSERVER = Map.of("name", "Nurlan Abenov",
            "function", "Senior investigator, Anti-Corruption Agency", "identityDocument", "KZ passport N12345678");
    public static final Map<String, String> SECOND_OBSERVER = Map.of("name", "Arman Seitkali",
            "function", "Investigator, Anti-Corruption Agency", "identityDocument", "KZ passport N87654321");
    public static final String ADDRESS = "Avenue des Saules 14 (fictional)";

    private final Api api;
    private final Cases cases;

    public Executions(Api api) {
        this.api = api;
        this.cases = new Cases(api);
    }

    /**
     * Registers the case study's request, unchanged, and walks it to EXECUTION_PLANNING; the judge's
     * authorisation names the two observers.
     */
    public String authorised() {
        String id = cases.register(Fixtures.CASE_STUDY);
        Answer forwarded = cases.decideAnsweringAll("demo-central", id, "FORWARD");
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(201);
        if (forwarded.body().get("status").asString().equals("AWAITING_APPROVAL")) {
            Answer approved = api.as("demo-supervisor").post("/api/v1/requests/" + id + "/decisions/"
                    + forwarded.body().get("id").asString() + "/approval", "");
            assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        }
        cases.move("demo-prosecutor", id, "REFER_TO_JUDGE");
        Answer authorised = cases.decide("demo-judge", id, authorisation(id));
        assertThat(authorised.status()).as(authorised.toString()).isEqualTo(201);
        assertThat(authorised.body().get("state").asString()).isEqualTo("EXECUTION_PLANNING");
        return id;
    }

    /** AUTHORISE of the search, the seizure and the hearing, the two observers named, answering what is still open. */
    public Map<String, Object> authorisation(String id) {
        Map<String, Object> decision = cases.answeringAll("demo-judge", id, "AUTHORISE");
        decision.put("grounds", List.of("BE-CIC-JUDGE", "ROG-FOREIGN-OFFICIALS-NAMED"));
        decision.put("reasons", "Search of the home and seizure authorised; two named officials may observe.");
        decision.put("authorisation", Map.of(
                "foreignOfficials", List.of(FIRST_OBSERVER, SECOND_OBSERVER),
                "measures", List.of(0, 1, 2),
                "conditions", "The officials observe only; they touch no document or data carrier."));
        return decision;
    }

    /**
     * Registers the shared request {@code file}, unchanged, and walks it to EXECUTION_PLANNING through the
     * central authority and the prosecutor, who executes it: no judge decides on it.
     */
    public String executedByTheProsecutor(String file) {
        String id = cases.register(Fixtures.fresh(file));
        cases.move("demo-central", id, "FORWARD");
        cases.move("demo-prosecutor", id, "EXECUTE");
        return id;
    }

    /** A plan at no premises (bank records, a hearing), {@code days} after {@code now}: officers, no place. */
    public static Map<String, Object> placelessPlan(LocalDateTime now, int days) {
        return Map.of("scheduledFor", now.plusDays(days).withNano(0).toString(), "places", List.of(),
                "officers", List.of(Map.of("name", "Inspector Lotte Maes", "unit", "Ecofin")));
    }

    /** A plan for the search of the home in Brussels, two days from {@code now}, with the given foreign officials. */
    public static Map<String, Object> plan(LocalDateTime now, List<Map<String, String>> foreignOfficials) {
        return Map.of(
                "scheduledFor", now.plusDays(2).withHour(6).withMinute(30).withSecond(0).withNano(0).toString(),
                "places", List.of(Map.of("measures", List.of(0, 1), "premises", "HOME", "address", ADDRESS,
                        "city", "Brussels")),
                "officers", List.of(Map.of("name", "Inspector An Claes", "unit", "Federal judicial police Brussels"),
                        Map.of("name", "Inspector Joris Wouters", "unit", "Federal judicial police Brussels")),
                "foreignOfficials", foreignOfficials);
    }
}
