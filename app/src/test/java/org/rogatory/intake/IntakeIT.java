package org.rogatory.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rogatory.support.Api;
import org.rogatory.support.Api.Answer;
import org.rogatory.support.Fixtures;
import org.rogatory.support.PostgresIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

@PostgresIT
class IntakeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api clerk() {
        return Api.at(port).as("demo-clerk");
    }

    @TestFactory
    List<DynamicTest> registersEveryExampleRequest() {
        return Fixtures.files(Fixtures.REQUESTS).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    Answer answer = clerk().post("/api/v1/requests",
                            Api.json(Fixtures.fresh(file.getFileName().toString())));
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                    assertThat(answer.header("Location")).endsWith(answer.body().get("id").asString());
                    assertThat(answer.body().get("state").asString()).isEqualTo("CENTRAL_AUTHORITY_REVIEW");
                    assertThat(answer.body().get("findings").isArray()).isTrue();
                })).toList();
    }

    @TestFactory
    List<DynamicTest> rejectsEveryInvalidExampleNamingTheFieldAndStoringNothing() {
        return Fixtures.files(Fixtures.REQUESTS.resolve("invalid")).stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    Counts before = counts();
                    Answer answer = clerk().post("/api/v1/requests", "application/json", Files.readAllBytes(file));
                    assertThat(answer.status()).isEqualTo(400);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.body().get("errors").findValuesAsString("pointer"))
                            .contains(RequestValidatorTest.DEFECTS.get(file.getFileName().toString()));
                    assertThat(counts()).isEqualTo(before);
                })).toList();
    }

    @Test
    void aRequestSentTwiceIsRegisteredOnce() {
        String request = Api.json(Fixtures.fresh(Fixtures.BENIGN));
        Answer first = clerk().post("/api/v1/requests", request);
        Answer second = clerk().post("/api/v1/requests", request);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
    }

    @Test
    void copiesArrivingAtOnceAreRegisteredOnce() throws Exception {
        ObjectNode request = Fixtures.fresh(Fixtures.NAMED_OFFICIALS);
        String body = Api.json(request);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Answer>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                copies.add(() -> clerk().post("/api/v1/requests", body));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pool.invokeAll(copies)) {
                answers.add(answer.get());
            }
            assertThat(answers).extracting(Answer::status).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
            assertThat(answers).extracting(a -> a.body().get("id").asString()).containsOnly(
                    answers.get(0).body().get("id").asString());
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from cases where foreign_reference = ?")
                .param(request.get("foreignReference").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void answersBadBodiesWithAClearProblemNeverA500() {
        Counts before = counts();
        Answer notJson = clerk().post("/api/v1/requests", "this is not JSON");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().get("errors").get(0).get("pointer").asString()).isEmpty();

        Answer wrongType = clerk().post("/api/v1/requests", "text/plain", "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");

        String deep = "{\"facts\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertThat(clerk().post("/api/v1/requests", deep).status()).isEqualTo(400);

        Answer empty = clerk().post("/api/v1/requests", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesA20MegabyteBody() {
        byte[] huge = hugeRequest();
        Answer announced = clerk().post("/api/v1/requests", "application/json", huge);
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.contentType()).startsWith("application/problem+json");

        Answer streamed = clerk().send(clerk().request("/api/v1/requests").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertThat(streamed.status()).isEqualTo(413);
    }

    @Test
    void onlyAClerkRegistersAndOnlyWhenSignedIn() {
        String request = Api.json(Fixtures.fresh(Fixtures.BENIGN));
        assertThat(Api.at(port).post("/api/v1/requests", request).status()).isEqualTo(401);
        assertThat(Api.at(port).as("demo-clerk", "wrong").post("/api/v1/requests", request).status()).isEqualTo(401);
        assertThat(Api.at(port).as("demo-central").post("/api/v1/requests", request).status()).isEqualTo(403);
    }

    static byte[] hugeRequest() {
        ObjectNode request = Fixtures.fresh(Fixtures.BENIGN);
        request.put("facts", "x".repeat(20 * 1024 * 1024));
        return Api.json(request).getBytes(StandardCharsets.UTF_8);
    }

    Counts counts() {
        return new Counts(jdbc.sql("select count(*) from cases").query(Long.class).single(),
                jdbc.sql("select count(*) from case_request_versions").query(Long.class).single(),
                jdbc.sql("select count(*) from case_findings").query(Long.class).single(),
                jdbc.sql("select count(*) from audit_events").query(Long.class).single());
    }

    record Counts(long cases, long requestVersions, long findings, long auditEvents) {
    }
}
