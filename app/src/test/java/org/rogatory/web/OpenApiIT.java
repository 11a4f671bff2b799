package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rogatory.support.Api;
import org.rogatory.support.PostgresIT;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/openapi.json} documents every endpoint with the problems it answers. */
@PostgresIT
class OpenApiIT {

    @LocalServerPort
    int port;

    static final Map<String, Set<String>> PROBLEMS = Map.ofEntries(
            Map.entry("post /api/v1/requests", Set.of("400", "401", "403", "413", "415")),
            Map.entry("get /api/v1/requests", Set.of("400", "401", "403")),
            Map.entry("get /api/v1/requests/{id}", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/decisions", Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("post /api/v1/requests/{id}/decisions/{decisionId}/approval", Set.of("401", "403", "404", "409")),
            Map.entry("post /api/v1/requests/{id}/supplements", Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("get /api/v1/audit/verify", Set.of("401", "403")),
            Map.entry("get /api/v1/legal-grounds", Set.of("401")),
            Map.entry("get /api/v1/audit/checkpoint", Set.of("401", "403")),
            Map.entry("post /api/v1/audit/checkpoint/verification", Set.of("400", "401", "403", "413", "415")),
            Map.entry("get /api/v1/oversight/figures", Set.of("400", "401", "403")),
            Map.entry("get /api/v1/oversight/report.pdf", Set.of("400", "401", "403")),
            Map.entry("get /api/v1/users", Set.of("401", "403")),
            Map.entry("post /api/v1/users", Set.of("400", "401", "403", "409", "413", "415")),
            Map.entry("put /api/v1/users/{username}/password", Set.of("400", "401", "403", "404", "413", "415")),
            Map.entry("post /api/v1/users/{username}/disable", Set.of("401", "403", "404", "409")),
            Map.entry("post /api/v1/users/{username}/enable", Set.of("401", "403", "404")),
            Map.entry("get /api/v1/requests/{id}/execution", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/execution/plan",
                    Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("post /api/v1/requests/{id}/execution/plan/notices", Set.of("401", "403", "404", "409")),
            Map.entry("post /api/v1/requests/{id}/execution/plan/confirmation", Set.of("401", "403", "404", "409")),
            Map.entry("post /api/v1/requests/{id}/execution/notices/{noticeId}/answer",
                    Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("post /api/v1/requests/{id}/execution/report",
                    Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("post /api/v1/requests/{id}/execution/incidents/{incidentId}/ruling",
                    Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("get /api/v1/requests/{id}/results", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/results", Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("put /api/v1/requests/{id}/results/{itemId}/content",
                    Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("get /api/v1/requests/{id}/results/{itemId}/content", Set.of("400", "401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/results/submission", Set.of("401", "403", "404", "409")),
            Map.entry("post /api/v1/requests/{id}/results/{itemId}/review",
                    Set.of("400", "401", "403", "404", "409", "413", "415")),
            Map.entry("get /api/v1/requests/{id}/objections", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/notifications", Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("post /api/v1/requests/{id}/objections", Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("post /api/v1/requests/{id}/objections/{objectionId}/ruling",
                    Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("get /api/v1/requests/{id}/transmission", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/transmission", Set.of("400", "401", "403", "404", "409", "415")),
            Map.entry("get /api/v1/requests/{id}/transmission/package", Set.of("401", "403", "404")),
            Map.entry("post /api/v1/requests/{id}/closure", Set.of("401", "403", "404", "409")),
            Map.entry("get /api/v1/assignments/unattended", Set.of("401", "403")),
            Map.entry("post /api/v1/requests/{id}/assignments", Set.of("400", "401", "403", "404", "409", "415")));

    @Test
    void documentsEveryEndpointWithItsProblemResponses() {
        JsonNode document = Api.at(port).get("/api/v1/openapi.json").body();
        PROBLEMS.forEach((operation, statuses) -> {
            String[] methodAndPath = operation.split(" ");
            JsonNode responses = document.get("paths").get(methodAndPath[1]).get(methodAndPath[0]).get("responses");
            for (String status : statuses) {
                String reference = responses.get(status).get("$ref").asString();
                JsonNode response = document.get("components").get("responses")
                        .get(reference.substring(reference.lastIndexOf('/') + 1));
                assertThat(response.get("content").has("application/problem+json")).as(operation + " " + status)
                        .isTrue();
            }
        });
    }

    @Test
    void describesEachBodyWithItsOwnSchema() {
        JsonNode document = Api.at(port).get("/api/v1/openapi.json").body();
        JsonNode decision = bodyOf(document, "/api/v1/requests/{id}/decisions");
        assertThat(propertiesOf(schema(document, decision.get("properties").get("findings").get("items"))))
                .containsExactlyInAnyOrder("findingId", "disposition", "reasons");
        assertThat(propertiesOf(bodyOf(document, "/api/v1/requests/{id}/execution/incidents/{incidentId}/ruling")))
                .containsExactly("reasons");
        assertThat(propertiesOf(bodyOf(document, "/api/v1/requests/{id}/objections/{objectionId}/ruling")))
                .containsExactlyInAnyOrder("outcome", "reasons");
    }

    private static JsonNode bodyOf(JsonNode document, String path) {
        return schema(document, document.get("paths").get(path).get("post").get("requestBody").get("content")
                .get("application/json").get("schema"));
    }

    private static JsonNode schema(JsonNode document, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String reference = schema.get("$ref").asString();
        return document.get("components").get("schemas").get(reference.substring(reference.lastIndexOf('/') + 1));
    }

    private static List<String> propertiesOf(JsonNode schema) {
        return List.copyOf(schema.get("properties").propertyNames());
    }

    @Test
    void isPublicAndServedWithTheDocumentationPage() {
        assertThat(Api.at(port).get("/api/v1/openapi.json").status()).isEqualTo(200);
        assertThat(Api.at(port).get("/api/v1/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
