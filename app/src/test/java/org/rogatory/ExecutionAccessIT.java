package org.rogatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rogatory.access.DemoUsers;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.Role;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Cases;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Execution, results, objections and transmission keep case material where it belongs: a case the
 * police, reviewer or judge need not know stays a 404 on every resource; and, from the list of
 * every endpoint the server has, the judge's transmission is the only one that produces a package
 * for a requesting state, the only other binary answers are the internal read of an item's content
 * and the oversight figures' PDF (aggregates, no case), and no JSON answer carries an item's text.
 * (Who may ask for what: {@code SecurityMatrixIT}.)
 */
@PostgresIT
class ExecutionAccessIT {

    private static final String ANY = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Each endpoint of this work, the operation it needs, and a request that does nothing if let through. */
    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/execution", null, null, Operation.READ_CASE),
                new Endpoint("POST", "/execution/plan", "application/json", "{}", Operation.PLAN_EXECUTION),
                new Endpoint("POST", "/execution/plan/notices", null, null, Operation.PLAN_EXECUTION),
                new Endpoint("POST", "/execution/plan/confirmation", null, null, Operation.PLAN_EXECUTION),
                new Endpoint("POST", "/execution/notices/" + ANY + "/answer", "application/json", "{}",
                        Operation.RECORD_BAR_ANSWER),
                new Endpoint("POST", "/execution/report", "application/json", "{}", Operation.REPORT_EXECUTION),
                new Endpoint("POST", "/execution/incidents/" + ANY + "/ruling", "application/json", "{}",
                        Operation.RULE),
                new Endpoint("GET", "/results", null, null, Operation.READ_CASE),
                new Endpoint("POST", "/results", "application/json", "{}", Operation.REPORT_EXECUTION),
                new Endpoint("PUT", "/results/" + ANY + "/content", "text/plain", "text", Operation.REPORT_EXECUTION),
                new Endpoint("GET", "/results/" + ANY + "/content", null, null, Operation.READ_RESULT_CONTENT),
                new Endpoint("POST", "/results/submission", null, null, Operation.REPORT_EXECUTION),
                new Endpoint("POST", "/results/" + ANY + "/review", "application/json", "{}",
                        Operation.REVIEW_RESULTS),
                new Endpoint("GET", "/objections", null, null, Operation.READ_CASE),
                new Endpoint("POST", "/notifications", "application/json", "{}", Operation.RECORD_OBJECTION),
                new Endpoint("POST", "/objections", "application/json", "{}", Operation.RECORD_OBJECTION),
                new Endpoint("POST", "/objections/" + ANY + "/ruling", "application/json", "{}", Operation.RULE),
                new Endpoint("GET", "/transmission", null, null, Operation.READ_CASE),
                new Endpoint("POST", "/transmission", "application/json", "{}", Operation.TRANSMIT),
                new Endpoint("POST", "/closure", null, null, Operation.CLOSE_FILE));
    }

    @Test
    void aCaseNobodyAssignedThemStaysUnknownToRolesThatMayAskForItsExecution() {
        Api api = Api.at(port);
        String elsewhere = new Cases(api).register(Fixtures.BENIGN);
        int refusals = 0;
        for (Endpoint endpoint : endpoints()) {
            for (String user : List.of("demo-police", "demo-reviewer", "demo-judge")) {
                Role role = DemoUsers.USERS.get(user);
                if (Rights.allows(role, endpoint.operation()) && !endpoint.path().contains(ANY)) {
                    Answer answer = endpoint.call(api.as(user), elsewhere);
                    assertThat(answer.status()).as(user + " " + endpoint + " -> " + answer).isEqualTo(404);
                    refusals++;
                }
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_events where case_id = ? and action = 'case.access.refused'")
                .param(elsewhere).query(Long.class).single()).as("every refused access is in the audit trail")
                .isEqualTo(refusals);
    }

    @Test
    void theTransmissionIsTheOnlyEndpointThatProducesAPackageAndItemContentIsReadOnlyByThoseWhoWorkOnIt() {
        Set<String> binary = new TreeSet<>();
        Set<String> zips = new TreeSet<>();
        List<String> contentInJson = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            String owner = entry.getValue().getBeanType().getName();
            if (!owner.startsWith("org.rogatory.")) {
                // the framework's own: the API description (springdoc) and the error page; no case data
                assertThat(owner).matches("org\\.(springdoc|springframework\\.boot)\\..*");
                continue;
            }
            String endpoint = entry.getKey().getMethodsCondition().getMethods() + " "
                    + entry.getKey().getPathPatternsCondition().getPatternValues();
            Set<MediaType> produces = entry.getKey().getProducesCondition().getProducibleMediaTypes();
            if (produces.stream().anyMatch(m -> m.isCompatibleWith(MediaType.parseMediaType("application/zip")))) {
                zips.add(endpoint);
            }
            Type returned = entry.getValue().getMethod().getGenericReturnType();
            if (carriesBytes(returned)) {
                binary.add(endpoint);
            } else {
                scanForContent(returned, endpoint, new HashSet<>(), contentInJson);
            }
        }
        // the transmission, and the same package again for the judge (byte for byte what left: nothing new)
        assertThat(zips).containsExactly("[GET] [/api/v1/requests/{id}/transmission/package]",
                "[POST] [/api/v1/requests/{id}/transmission]");
        // besides these, oversight's yearly report (through the API and from the oversight page): aggregate
        // counts for OVERSIGHT, never a case's content; and a decision's letter, what the case file shows of the
        // decision, for those who may read the case
        assertThat(binary).containsExactly(
                "[GET] [/api/v1/oversight/report.pdf]",
                "[GET] [/api/v1/requests/{id}/decisions/{decisionId}/letter]",
                "[GET] [/api/v1/requests/{id}/results/{itemId}/content]",
                "[GET] [/api/v1/requests/{id}/transmission/package]",
                "[GET] [/cases/{id}/decisions/{decisionId}/letter]",
                "[GET] [/cases/{id}/transmission/package]",
                "[GET] [/oversight/report.pdf]",
                "[POST] [/api/v1/requests/{id}/transmission]");
        assertThat(contentInJson).as("JSON answers that carry an item's text or a document's content").isEmpty();
        for (Role role : Role.values()) {
            assertThat(Rights.allows(role, Operation.READ_RESULT_CONTENT)).as(role.name())
                    .isEqualTo(role == Role.POLICE || role == Role.PRIVILEGE_REVIEWER
                            || role == Role.INVESTIGATING_JUDGE);
            assertThat(Rights.allows(role, Operation.TRANSMIT)).as(role.name())
                    .isEqualTo(role == Role.INVESTIGATING_JUDGE);
        }
    }

    private static boolean carriesBytes(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return carriesBytes(parameterized.getRawType())
                    || java.util.Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(
                            ExecutionAccessIT::carriesBytes);
        }
        return type == byte[].class || type instanceof Class<?> c
                && (Resource.class.isAssignableFrom(c) || StreamingResponseBody.class.isAssignableFrom(c));
    }

    /** Record components that would carry content: bytes, an item's text, a hearing's record, a redacted text. */
    private static void scanForContent(Type type, String endpoint, Set<Type> seen, List<String> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                scanForContent(argument, endpoint, seen, found);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !seen.add(c)) {
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            String name = component.getName();
            if (component.getType() == byte[].class || component.getType() == String.class
                    && Set.of("text", "record", "redactedText", "original", "body").contains(name)) {
                found.add(endpoint + " " + c.getSimpleName() + "." + name);
            }
            scanForContent(component.getGenericType(), endpoint, seen, found);
        }
    }

    private record Endpoint(String method, String path, String contentType, String body, Operation operation) {

        Answer call(Api api, String id) {
            HttpRequest.Builder request = api.request("/api/v1/requests/" + id + path);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body);
            return api.send(request.method(method, publisher));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
