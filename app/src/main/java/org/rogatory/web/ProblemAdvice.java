package org.rogatory.web;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error a client can provoke into a problem from {@link Problems}: bad or oversized
 * bodies, wrong media types, unknown routes, concurrent changes, an overloaded database, and anything unexpected (a 500
 * that says nothing about the server's insides: the cause goes to the log, not to the client).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodySizeLimit.exceeded(ex)) {
            return respond(Problems.of(ProblemKind.PAYLOAD_TOO_LARGE, BodySizeLimit.DETAIL));
        }
        return respond(Problems.invalidRequest(List.of(unreadable(ex))));
    }

    /** A query parameter that is not of its type ({@code ?state=FOO}) is named, with the values it may take. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            Class<?> type = mismatch.getParameter().nestedIfOptional().getNestedParameterType();
            String detail = "the parameter " + mismatch.getName() + " cannot be \"" + mismatch.getValue() + "\""
                    + (type.isEnum() ? ": one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", ")) : "");
            return respond(Problems.invalidRequest(List.of(new FieldProblem("/" + mismatch.getName(), detail))));
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        Object given = body == null && ex instanceof ErrorResponse response ? response.getBody() : body;
        ProblemDetail problem = given instanceof ProblemDetail p && isOurs(p)
                ? p
                : Problems.of(ProblemKind.forStatus(statusCode.value()),
                        given instanceof ProblemDetail p ? p.getDetail() : null);
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(Problems.MEDIA_TYPE);
        return super.handleExceptionInternal(ex, problem, problemHeaders, statusCode, request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyFailureException ex) {
        log.info("concurrent change refused: {}", ex.getMessage());
        return respond(Problems.of(ProblemKind.CONFLICT,
                "Someone changed this at the same time; reload it and try again."));
    }

    /**
     * Every database connection stayed busy for as long as the pool waits: the server is overloaded,
     * the request is not wrong, and nothing of it was written. 503 with a time to come back.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, TransientDataAccessResourceException.class})
    ResponseEntity<Object> overloaded(Exception ex) {
        log.warn("answered 503, no database connection in time: {}", ex.getMessage());
        ProblemDetail problem = Problems.of(ProblemKind.UNAVAILABLE,
                "The server is too busy to answer now; nothing was recorded. Try again in a moment.");
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }

    /**
     * A value the database refused as data (SQLSTATE class 22: longer than its column, a character it does
     * not store) is the client's value, not a fault of the server; the transaction wrote nothing. Each field
     * a client can send is checked before this, by name; this answers for a check that was missed.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> refusedByTheDatabase(DataIntegrityViolationException ex) {
        Optional<SQLException> sql = causeOf(ex, SQLException.class);
        if (sql.isEmpty() || sql.get().getSQLState() == null || !sql.get().getSQLState().startsWith("22")) {
            return unexpected(ex);
        }
        log.warn("a value the database refused reached it unchecked: {}", sql.get().getMessage());
        return respond(Problems.invalidRequest(List.of(new FieldProblem("",
                "a value is too long or holds a character that cannot be stored; nothing was recorded"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("unexpected error answering a request", ex);
        return respond(Problems.of(ProblemKind.INTERNAL, "An unexpected error occurred; it has been logged."));
    }

    static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.MEDIA_TYPE).body(problem);
    }

    private static boolean isOurs(ProblemDetail problem) {
        return problem.getType() != null && problem.getType().toString().startsWith("urn:rogatory:");
    }

    /** Where in the body the reader gave up, as a JSON pointer, and why, in words a client can act on. */
    static FieldProblem unreadable(HttpMessageNotReadableException ex) {
        Optional<UnrecognizedPropertyException> unknown = causeOf(ex, UnrecognizedPropertyException.class);
        if (unknown.isPresent()) {
            return new FieldProblem(pointer(unknown.get().getPath()), JsonProblems.describe(unknown.get()));
        }
        Optional<DatabindException> databind = causeOf(ex, DatabindException.class);
        if (databind.isPresent() && !databind.get().getPath().isEmpty()) {
            return new FieldProblem(pointer(databind.get().getPath()), "has the wrong type or an unknown value");
        }
        Optional<StreamReadException> syntax = causeOf(ex, StreamReadException.class);
        if (syntax.isPresent()) {
            return new FieldProblem("", JsonProblems.describe(syntax.get()));
        }
        return new FieldProblem("", "a JSON body is required");
    }

    static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            pointer.append(reference.getPropertyName() != null
                    ? reference.getPropertyName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
