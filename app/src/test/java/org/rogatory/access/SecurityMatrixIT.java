package org.rogatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.access.Role.ADMIN;
import static org.rogatory.access.Role.CENTRAL_AUTHORITY;
import static org.rogatory.access.Role.CLERK;
import static org.rogatory.access.Role.INVESTIGATING_JUDGE;
import static org.rogatory.access.Role.OVERSIGHT;
import static org.rogatory.access.Role.POLICE;
import static org.rogatory.access.Role.PRIVILEGE_REVIEWER;
import static org.rogatory.access.Role.PROSECUTOR;
import static org.rogatory.access.Role.SUPERVISOR;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Executions;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every role against every endpoint, allowed and refused: 403 for an operation the role may never
 * ask for, 404 for a case the user need not know (the same 404 as for a case that does not exist),
 * 401 without credentials.
 */
@PostgresIT
class SecurityMatrixIT {

    /** A country profile file with no rows: importing it changes nothing this shared context relies on. */
    static final byte[] EMPTY_COUNTRIES = "iso2,name,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes\n"
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    /** An endpoint: how to call it as a user (preparing whatever it needs), and what each role gets. */
    record Endpoint(String name, BiFunction<Api, Cases, Answer> call, Map<Role, Integer> expected) {
    }

    List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /requests",
                        (user, cases) -> user.post("/api/v1/requests", Api.json(Fixtures.fresh(Fixtures.BENIGN))),
                        only(201, CLERK)),
                new Endpoint("GET /requests/{id}",
                        (user, cases) -> user.get("/api/v1/requests/" + cases.register(Fixtures.BENIGN)),
                        caseContent(Map.of(CLERK, 200, CENTRAL_AUTHORITY, 200))),
                new Endpoint("GET /requests",
                        (user, cases) -> user.get("/api/v1/requests"),
                        caseContent(Map.of(CLERK, 200, CENTRAL_AUTHORITY, 200, PROSECUTOR, 200,
                                INVESTIGATING_JUDGE, 200, SUPERVISOR, 200, POLICE, 200, PRIVILEGE_REVIEWER, 200))),
                new Endpoint("POST /requests/{id}/decisions",
                        (user, cases) -> user.post("/api/v1/requests/" + cases.register(Fixtures.BENIGN) + "/decisions",
                                Api.json(Cases.refusal())),
                        decisions()),
                new Endpoint("POST /requests/{id}/decisions/{decisionId}/approval",
                        (user, cases) -> {
                            String id = cases.register(Fixtures.CASE_STUDY);
                            String decision = cases.decideAnsweringAll("demo-central", id, "FORWARD").body().get("id")
                                    .asString();
                            return user.post("/api/v1/requests/" + id + "/decisions/" + decision + "/approval", "");
                        },
                        only(201, SUPERVISOR)),
                new Endpoint("GET /assignments/unattended",
                        (user, cases) -> user.get("/api/v1/assignments/unattended"),
                        only(200, SUPERVISOR)),
                new Endpoint("POST /requests/{id}/assignments",
                        (user, cases) -> user.post("/api/v1/requests/" + cases.register(Fixtures.BENIGN) + "/assignments",
                                Api.json(Map.of("username", "demo-prosecutor", "reasons", "The prosecutor on duty."))),
                        only(409, SUPERVISOR)),
                new Endpoint("POST /requests/{id}/supplements",
                        (user, cases) -> {
                            ObjectNode request = Fixtures.fresh(Fixtures.THIN);
                            String id = cases.register(request);
                            cases.move("demo-central", id, "RETURN_FOR_INFORMATION");
                            return user.post("/api/v1/requests/" + id + "/supplements", Api.json(request));
                        },
                        only(201, CLERK)),
                new Endpoint("GET /audit/verify",
                        (user, cases) -> user.get("/api/v1/audit/verify"),
                        only(200, OVERSIGHT, ADMIN)),
                new Endpoint("GET /audit/checkpoint",
                        (user, cases) -> user.get("/api/v1/audit/checkpoint"),
                        only(200, OVERSIGHT, ADMIN)),
                new Endpoint("POST /audit/checkpoint/verification",
                        (user, cases) -> user.post("/api/v1/audit/checkpoint/verification",
                                Api.json(user.as("demo-oversight").get("/api/v1/audit/checkpoint").body())),
                        only(200, OVERSIGHT, ADMIN)),
                new Endpoint("GET /oversight/figures",
                        (user, cases) -> user.get("/api/v1/oversight/figures?year=2025"),
                        only(200, OVERSIGHT)),
                new Endpoint("GET /oversight/report.pdf",
                        (user, cases) -> user.get("/api/v1/oversight/report.pdf?year=2025"),
                        only(200, OVERSIGHT)),
                new Endpoint("GET /users",
                        (user, cases) -> user.get("/api/v1/users"),
                        only(200, ADMIN)),
                new Endpoint("POST /users",
                        (user, cases) -> user.post("/api/v1/users", newAccount()),
                        only(201, ADMIN)),
                new Endpoint("PUT /users/{username}/password",
                        (user, cases) -> user.send(user.request("/api/v1/users/" + someAccount(user) + "/password")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"yet another passphrase\"}"))),
                        only(204, ADMIN)),
                new Endpoint("POST /users/{username}/disable",
                        (user, cases) -> user.post("/api/v1/users/" + someAccount(user) + "/disable", ""),
                        only(200, ADMIN)),
                new Endpoint("POST /users/{username}/enable",
                        (user, cases) -> user.post("/api/v1/users/" + someAccount(user) + "/enable", ""),
                        only(200, ADMIN)),
                new Endpoint("POST /reference/countries",
                        (user, cases) -> user.post("/api/v1/reference/countries", "text/csv", EMPTY_COUNTRIES),
                        only(200, ADMIN)),
                new Endpoint("GET /legal-grounds",
                        (user, cases) -> user.get("/api/v1/legal-grounds"),
                        all(200)),
                // execution, results, objections, transmission: on a case awaiting its execution plan, with
                // bodies that change nothing when let through (so a 400, 404 or 409 shows the door opened)
                planning("GET /requests/{id}/execution", "GET", "/execution", null, readsThePlanningCase()),
                planning("POST /requests/{id}/execution/plan", "POST", "/execution/plan", "{}", only(400, POLICE)),
                planning("POST /requests/{id}/execution/plan/notices", "POST", "/execution/plan/notices", "",
                        only(409, POLICE)),
                planning("POST /requests/{id}/execution/plan/confirmation", "POST", "/execution/plan/confirmation",
                        "", only(409, POLICE)),
                planning("POST /requests/{id}/execution/notices/{noticeId}/answer", "POST",
                        "/execution/notices/" + UUID.randomUUID() + "/answer", "{}", only(400, CLERK)),
                planning("POST /requests/{id}/execution/report", "POST", "/execution/report", "{}", only(400, POLICE)),
                planning("POST /requests/{id}/execution/incidents/{incidentId}/ruling", "POST",
                        "/execution/incidents/" + UUID.randomUUID() + "/ruling", "{}", only(400, INVESTIGATING_JUDGE)),
                planning("GET /requests/{id}/results", "GET", "/results", null, readsThePlanningCase()),
                planning("POST /requests/{id}/results", "POST", "/results", "{}", only(400, POLICE)),
                planning("PUT /requests/{id}/results/{itemId}/content", "PUT", "/results/" + UUID.randomUUID()
                        + "/content", "text", only(404, POLICE)),
                planning("GET /requests/{id}/results/{itemId}/content", "GET", "/results/" + UUID.randomUUID()
                        + "/content", null, only(404, POLICE, INVESTIGATING_JUDGE, PRIVILEGE_REVIEWER)),
                planning("POST /requests/{id}/results/submission", "POST", "/results/submission", "",
                        only(409, POLICE)),
                planning("POST /requests/{id}/results/{itemId}/review", "POST", "/results/" + UUID.randomUUID()
                        + "/review", "{}", only(404, PRIVILEGE_REVIEWER)),
                planning("GET /requests/{id}/objections", "GET", "/objections", null, readsThePlanningCase()),
                planning("POST /requests/{id}/notifications", "POST", "/notifications", "{}", only(400, CLERK)),
                planning("POST /requests/{id}/objections", "POST", "/objections", "{}", only(400, CLERK)),
                planning("POST /requests/{id}/objections/{objectionId}/ruling", "POST",
                        "/objections/" + UUID.randomUUID() + "/ruling", "{}", only(404, INVESTIGATING_JUDGE)),
                planning("GET /requests/{id}/transmission", "GET", "/transmission", null, readsThePlanningCase()),
                planning("POST /requests/{id}/transmission", "POST", "/transmission", "{}",
                        only(400, INVESTIGATING_JUDGE)),
                planning("GET /requests/{id}/transmission/package", "GET", "/transmission/package", null,
                        only(404, INVESTIGATING_JUDGE)),
                planning("POST /requests/{id}/closure", "POST", "/closure", "", only(409, CENTRAL_AUTHORITY)));
    }

    /** The case study authorised by the judge, waiting for its execution plan: prepared once, shared by the calls. */
    private String planningCase;

    private Endpoint planning(String name, String method, String path, String body, Map<Role, Integer> expected) {
        return new Endpoint(name, (user, cases) -> {
            if (planningCase == null) {
                planningCase = new Executions(Api.at(port)).authorised();
            }
            HttpRequest.Builder request = user.request("/api/v1/requests/" + planningCase + path);
            if (body == null) {
                return user.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
            }
            request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
            return user.send(request.method(method, HttpRequest.BodyPublishers.ofString(body)));
        }, expected);
    }

    /**
     * Reading a case awaiting its execution plan: whoever worked on it so far and the police, whose
     * queue it is in; not the reviewer, whose turn has not come; never oversight or administration.
     */
    static Map<Role, Integer> readsThePlanningCase() {
        Map<Role, Integer> expected = caseContent(Map.of(CLERK, 200, CENTRAL_AUTHORITY, 200, SUPERVISOR, 200,
                PROSECUTOR, 200, INVESTIGATING_JUDGE, 200, POLICE, 200));
        expected.put(PRIVILEGE_REVIEWER, 404);
        return expected;
    }

    /** A clerk's account no test signs in with, to be the object of an administrator's act. */
    static String newAccount() {
        return Api.json(Map.of("username", "clerk." + UUID.randomUUID().toString().substring(0, 8),
                "password", "a long enough passphrase", "role", "CLERK"));
    }

    static String someAccount(Api caller) {
        Answer created = caller.as("demo-admin").post("/api/v1/users", newAccount());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("username").asString();
    }

    @TestFactory
    List<DynamicTest> everyRoleAgainstEveryEndpoint() {
        List<DynamicTest> tests = new ArrayList<>();
        Cases cases = new Cases(Api.at(port));
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                int expected = endpoint.expected().get(role);
                tests.add(DynamicTest.dynamicTest(role + " " + endpoint.name() + " -> " + expected, () -> {
                    Answer answer = endpoint.call().apply(Api.at(port).as(DemoUsers.usernameFor(role)), cases);
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest("anonymous " + endpoint.name() + " -> 401", () ->
                    assertThat(endpoint.call().apply(Api.at(port), cases).status()).isEqualTo(401)));
        }
        return tests;
    }

    @Test
    void aCaseYouNeedNotKnowLooksExactlyLikeACaseThatDoesNotExist() {
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.CASE_STUDY);
        String decision = cases.decideAnsweringAll("demo-central", id, "FORWARD").body().get("id").asString();
        String nobody = UUID.randomUUID().toString();
        Api judge = Api.at(port).as("demo-judge");

        assertSameRefusal(judge.get("/api/v1/requests/" + id), judge.get("/api/v1/requests/" + nobody));
        assertSameRefusal(judge.post("/api/v1/requests/" + id + "/decisions", Api.json(Cases.refusal())),
                judge.post("/api/v1/requests/" + nobody + "/decisions", Api.json(Cases.refusal())));
        // a supervisor sees a case while one of its decisions awaits approval, not once it is decided without one
        String decided = cases.register(Fixtures.BENIGN);
        cases.move("demo-central", decided, "FORWARD");
        String effective = cases.read("demo-central", decided).get("decisions").get(0).get("id").asString();
        Api supervisor = Api.at(port).as("demo-supervisor");
        assertSameRefusal(supervisor.post("/api/v1/requests/" + decided + "/decisions/" + effective + "/approval", ""),
                supervisor.post("/api/v1/requests/" + nobody + "/decisions/" + decision + "/approval", ""));
    }

    @Test
    void needToKnowFollowsTheCaseDownTheChain() {
        Cases cases = new Cases(Api.at(port));
        String id = cases.register(Fixtures.NAMED_OFFICIALS);
        assertThat(visibleTo(id)).containsExactlyInAnyOrder(CLERK, CENTRAL_AUTHORITY);
        cases.move("demo-central", id, "FORWARD");
        assertThat(visibleTo(id)).containsExactlyInAnyOrder(CLERK, CENTRAL_AUTHORITY, PROSECUTOR);
        cases.move("demo-prosecutor", id, "REFER_TO_JUDGE");
        assertThat(visibleTo(id)).containsExactlyInAnyOrder(CLERK, CENTRAL_AUTHORITY, PROSECUTOR, INVESTIGATING_JUDGE);
        cases.move("demo-judge", id, "AUTHORISE");
        assertThat(visibleTo(id)).containsExactlyInAnyOrder(CLERK, CENTRAL_AUTHORITY, PROSECUTOR, INVESTIGATING_JUDGE,
                POLICE);
    }

    @Test
    void oversightAndAdministrationSeeNoCaseContentButCanVerifyTheAuditLog() {
        for (String user : List.of("demo-oversight", "demo-admin")) {
            Answer verified = Api.at(port).as(user).get("/api/v1/audit/verify");
            assertThat(verified.status()).isEqualTo(200);
            assertThat(verified.body().properties()).extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("ok", "events", "firstBroken");
        }
    }

    List<Role> visibleTo(String id) {
        List<Role> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            Answer answer = Api.at(port).as(DemoUsers.usernameFor(role)).get("/api/v1/requests/" + id);
            if (answer.status() == 200) {
                roles.add(role);
            }
        }
        return roles;
    }

    static void assertSameRefusal(Answer a, Answer b) {
        assertThat(a.status()).isEqualTo(404);
        assertThat(b.status()).isEqualTo(404);
        assertThat(withoutInstance(a.body())).isEqualTo(withoutInstance(b.body()));
    }

    static JsonNode withoutInstance(JsonNode problem) {
        ObjectNode copy = ((ObjectNode) problem).deepCopy();
        copy.remove("instance");
        return copy;
    }

    static Map<Role, Integer> only(int status, Role... allowed) {
        Map<Role, Integer> expected = all(403);
        for (Role role : allowed) {
            expected.put(role, status);
        }
        return expected;
    }

    static Map<Role, Integer> all(int status) {
        Map<Role, Integer> expected = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            expected.put(role, status);
        }
        return expected;
    }

    /** Roles that see case content get the given status or 404; oversight and administration get 403. */
    static Map<Role, Integer> caseContent(Map<Role, Integer> allowed) {
        Map<Role, Integer> expected = all(404);
        expected.putAll(allowed);
        expected.put(OVERSIGHT, 403);
        expected.put(ADMIN, 403);
        return expected;
    }

    /** Refusing a request in the central authority's queue: its owner may; a role that never refuses is forbidden. */
    static Map<Role, Integer> decisions() {
        Map<Role, Integer> expected = all(403);
        expected.put(CENTRAL_AUTHORITY, 201);
        expected.put(PROSECUTOR, 404);
        expected.put(INVESTIGATING_JUDGE, 404);
        return expected;
    }
}
