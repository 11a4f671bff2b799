package org.rogatory.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of {@code /api/v1/openapi.json}: title, HTTP Basic, and the problem responses that
 * handlers name with {@link ProblemResponses} ({@code @ProblemResponses({NOT_FOUND, BLOCKED})}), so
 * that every endpoint documents its problems in one line.
 */
@Configuration
class OpenApiDocument {

    @Bean
    OpenAPI rogatoryOpenApi() {
        Components components = new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSchemas("FieldProblem", new ObjectSchema()
                        .addProperty("pointer", new StringSchema().description("JSON pointer into the body"))
                        .addProperty("detail", new StringSchema()))
                .addSchemas("Problem", new ObjectSchema()
                        .description("RFC 9457 problem details")
                        .addProperty("type", new StringSchema().example("urn:rogatory:problem:invalid-request"))
                        .addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema())
                        .addProperty("detail", new StringSchema())
                        .addProperty("errors", new ArraySchema().description("400: one entry per bad field")
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                        .addProperty("reasons", new ArraySchema().description("409: every reason the move is blocked")
                                .items(new ObjectSchema()
                                        .addProperty("code", new StringSchema())
                                        .addProperty("findingId", new StringSchema())
                                        .addProperty("findingCode", new StringSchema())
                                        .addProperty("severity", new StringSchema())
                                        .addProperty("detail", new StringSchema()))));
        for (ProblemKind kind : ProblemKind.values()) {
            components.addResponses(responseName(kind), new ApiResponse()
                    .description(Problems.title(kind))
                    .content(new Content().addMediaType(Problems.MEDIA_TYPE.toString(),
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
        return new OpenAPI()
                .info(new Info().title("Rogatory API").version("v1")
                        .description("Incoming international judicial cooperation requests: intake, the chain of "
                                + "filters, decisions, and the audit log. Errors are RFC 9457 problem details."))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Adds the problem responses each handler names with {@link ProblemResponses}. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ProblemResponses problems = handler.getMethodAnnotation(ProblemResponses.class);
            if (problems != null) {
                for (ProblemKind kind : problems.value()) {
                    operation.getResponses().addApiResponse(String.valueOf(kind.status().value()),
                            new ApiResponse().$ref("#/components/responses/" + responseName(kind)));
                }
            }
            return operation;
        };
    }

    /** {@code INVALID_REQUEST} is referred to as {@code InvalidRequest}, and so on. */
    static String responseName(ProblemKind kind) {
        StringBuilder name = new StringBuilder();
        for (String word : kind.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }
}
