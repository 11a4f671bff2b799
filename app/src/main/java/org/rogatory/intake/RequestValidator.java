package org.rogatory.intake;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.RequestChecks;
import org.rogatory.intake.domain.RequestDefect;
import org.rogatory.web.FieldProblem;
import org.rogatory.web.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Intake's verdict on a request body, the same for the API and for {@code rogatory validate}: it
 * must be JSON (no duplicate keys, nothing after the document, nested no deeper than a request can
 * be), valid against {@code request.schema.json} with formats asserted ({@code 2025-02-30} is not a
 * date), and pass the checks JSON Schema cannot express ({@link RequestChecks}). Every problem is
 * reported at once, each with the JSON pointer of the field.
 */
public final class RequestValidator {

    public static final String SCHEMA = "/request.schema.json";

    /** A request is about five levels deep; anything far deeper is an attack on the parser, not a request. */
    private static final int MAX_DEPTH = 64;

    private static final JsonMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // an absent "urgent" is false, as the model says
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Schema schema;
    private final Clock clock;

    public RequestValidator(Clock clock) {
        this.clock = clock;
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        try (InputStream in = RequestValidator.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the application");
            }
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Validation validate(byte[] body) {
        JsonNode document;
        try {
            document = READER.readTree(body);
        } catch (JacksonException e) {
            return new Validation.Invalid(List.of(new FieldProblem("", JsonProblems.describe(e))));
        }
        if (document == null || document.isMissingNode()) {
            return new Validation.Invalid(List.of(new FieldProblem("", "a JSON request is required")));
        }
        Set<FieldProblem> problems = new LinkedHashSet<>();
        for (Error error : schema.validate(document)) {
            problems.add(problem(error));
        }
        notText(document, "", problems);
        CooperationRequest request = typed(document);
        if (request == null && !problems.isEmpty()) {
            // a field the schema refused cannot be read into the request: left out, the rest is still checked
            request = typed(withoutFields(document, problems));
        }
        if (request == null) {
            // only possible when the schema already failed: its problems say what is wrong
            return new Validation.Invalid(List.copyOf(problems));
        }
        Set<String> reported = new HashSet<>();
        problems.forEach(problem -> reported.add(problem.pointer()));
        for (RequestDefect defect : RequestChecks.check(request, LocalDate.now(clock))) {
            // one entry per bad field: "1976/03/14" breaks the pattern and is no real date, said once
            if (reported.add(defect.pointer())) {
                problems.add(new FieldProblem(defect.pointer(), defect.detail()));
            }
        }
        if (!problems.isEmpty()) {
            return new Validation.Invalid(List.copyOf(problems));
        }
        return new Validation.Valid(request, READER.writeValueAsString(document));
    }

    private static CooperationRequest typed(JsonNode document) {
        try {
            return document.isObject() ? READER.treeToValue(document, CooperationRequest.class) : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * A copy of the document without the single values at the problems' pointers. A list or object of
     * the wrong shape stays: without it, what refers to its members would be reported missing too.
     */
    private static JsonNode withoutFields(JsonNode document, Set<FieldProblem> problems) {
        JsonNode copy = document.deepCopy();
        for (FieldProblem problem : problems) {
            if (problem.pointer().isEmpty()) {
                continue;
            }
            JsonPointer pointer = JsonPointer.compile(problem.pointer());
            if (copy.at(pointer.head()) instanceof ObjectNode parent && copy.at(pointer).isValueNode()) {
                parent.remove(pointer.last().getMatchingProperty());
            }
        }
        return copy;
    }

    /**
     * A value holding a control character other than tab and line breaks, or half of a surrogate pair, is
     * no text a request can mean, and no database stores it as it came.
     */
    private static void notText(JsonNode node, String pointer, Set<FieldProblem> problems) {
        if (node.isString()) {
            String text = node.asString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pairs = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) && !pairs) {
                    problems.add(new FieldProblem(pointer, String.format("holds a character that is not text (U+%04X)",
                            (int) c)));
                    return;
                }
                if (pairs) {
                    i++;
                }
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                notText(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                notText(node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    /** One problem per failed keyword, pointing at the field it concerns (a missing or unknown one included). */
    private static FieldProblem problem(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String keyword = error.getKeyword();
        if (error.getProperty() != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
            pointer = pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
        }
        if ("format".equals(keyword)) {
            // the library's own wording runs two sentences together ("…the date pattern must be a valid…")
            return new FieldProblem(pointer, "date".equals(format(error))
                    ? "is not a date of the calendar written YYYY-MM-DD" : "is not a valid " + format(error));
        }
        return new FieldProblem(pointer, error.getMessage());
    }

    /** The format a {@code format} keyword names, whether the library gives its value or the schema holding it. */
    private static String format(Error error) {
        var node = error.getSchemaNode();
        if (node == null) {
            return "value";
        }
        return node.isObject() && node.has("format") ? node.get("format").asString() : node.asString();
    }

    /** What intake makes of a body. */
    public sealed interface Validation {

        /** A request fit to register, and its JSON as it will be stored. */
        record Valid(CooperationRequest request, String document) implements Validation {
        }

        record Invalid(List<FieldProblem> problems) implements Validation {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }
}
