package org.rogatory.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What is wrong with a JSON text or value, in words a person sending it can act on. Jackson's own
 * messages name its classes and features (`tools.jackson.databind.JsonNode`,
 * `FAIL_ON_TRAILING_TOKENS`), which say nothing to them and something about the server.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "'" + unknown.getPropertyName() + "' is not a field here; the fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (e instanceof StreamConstraintsException) {
            return "nested too deeply or too large";
        }
        if (message.startsWith("Trailing token")) {
            return "something follows the JSON value";
        }
        if (message.contains("ALLOW_COMMENTS")) {
            return "comments are not JSON";
        }
        if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
            return "a field is given twice";
        }
        if (e instanceof StreamReadException) {
            int line = e.getLocation().getLineNr();
            return "not valid JSON at " + (line > 1 ? "line " + line + ", " : "") + "column " + e.getLocation().getColumnNr();
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type or an unknown value";
        }
        return "not readable as JSON";
    }
}
