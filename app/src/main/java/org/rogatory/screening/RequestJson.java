package org.rogatory.screening;

import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.web.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request as JSON ({@code request.schema.json}) mapped onto {@link CooperationRequest}: the records
 * and enums mirror the schema, so Jackson does the parsing; a value that does not fit is reported
 * with its JSON pointer. Screening reads the requests of a case history file this way, and the benchmarks
 * their requests; a request to screen or register is validated against the schema first (intake's
 * {@code RequestValidator}).
 */
public final class RequestJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an absent "urgent" or "confidentialityRequested" means false, as in the schema
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RequestJson() {
    }

    /** A value of the request that cannot be read, at a JSON pointer ("" for the whole document). */
    public static final class InvalidRequest extends RuntimeException {

        private final String pointer;
        private final String problem;

        InvalidRequest(String pointer, String problem) {
            super((pointer.isEmpty() ? "" : pointer + ": ") + problem);
            this.pointer = pointer;
            this.problem = problem;
        }

        public String pointer() {
            return pointer;
        }

        public String problem() {
            return problem;
        }
    }

    public static CooperationRequest parse(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidRequest("", JsonProblems.describe(e));
        }
        return fromTree(tree);
    }

    static CooperationRequest fromTree(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidRequest("", "a request is a JSON object");
        }
        CooperationRequest request;
        try {
            request = MAPPER.treeToValue(tree, CooperationRequest.class);
        } catch (JacksonException e) {
            throw new InvalidRequest(pointer(e), JsonProblems.describe(e));
        }
        if (request.requestingState() == null || request.requestingState().isBlank()) {
            throw new InvalidRequest("/requestingState", "is required");
        }
        return request;
    }

    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getPropertyName() != null
                    ? reference.getPropertyName() : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
