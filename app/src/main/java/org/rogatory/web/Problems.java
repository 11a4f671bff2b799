package org.rogatory.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one factory of RFC 9457 problem details for the whole product: HTTP handlers, security
 * entry points and the command line all build their problems here, so every problem has the same
 * shape: {@code type} ({@code urn:rogatory:problem:<slug>}), {@code title} (from the message
 * bundles, in the caller's language when we have it), {@code status}, {@code detail}, and extension
 * members such as {@code errors: [{pointer, detail}]} for bad input or {@code reasons} for a
 * blocked move.
 */
public final class Problems {

    public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "nl", "de");
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private Problems() {
    }

    public static ProblemDetail of(ProblemKind kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(URI.create("urn:rogatory:problem:" + kind.slug()));
        problem.setTitle(title(kind));
        return problem;
    }

    /** 400: the body is not what the endpoint accepts; one entry per bad field. */
    public static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        ProblemDetail problem = of(ProblemKind.INVALID_REQUEST, errors.size() == 1
                ? "1 field is invalid." : errors.size() + " fields are invalid.");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    /** 409: a rule of the chain forbids the move now; every reason at once. */
    public static ProblemDetail blocked(String detail, List<?> reasons) {
        ProblemDetail problem = of(ProblemKind.BLOCKED, detail);
        problem.setProperty("reasons", List.copyOf(reasons));
        return problem;
    }

    public static ProblemException exception(ProblemDetail problem) {
        return new ProblemException(problem);
    }

    public static String toJson(ProblemDetail problem) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(problem);
    }

    public static void write(ProblemDetail problem, OutputStream out) throws IOException {
        JSON.writeValue(out, problem);
    }

    static String title(ProblemKind kind) {
        Locale requested = LocaleContextHolder.getLocale();
        Locale locale = LANGUAGES.contains(requested.getLanguage()) ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ROOT;
        try {
            return ResourceBundle.getBundle("messages", locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("problem." + kind.slug() + ".title");
        } catch (MissingResourceException e) {
            return kind.status().getReasonPhrase();
        }
    }
}
