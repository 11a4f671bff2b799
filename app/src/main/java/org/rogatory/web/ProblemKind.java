package org.rogatory.web;

import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the product answers with. Each has a stable type URI
 * ({@code urn:rogatory:problem:<slug>}) and a title in the message bundles under
 * {@code problem.<slug>.title}, so a UI can show it in the user's language.
 */
public enum ProblemKind {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    BLOCKED(HttpStatus.CONFLICT, "blocked"),
    CONFLICT(HttpStatus.CONFLICT, "conflict"),
    /** Sound, but not possible as things stand (a username taken, disabling the last administrator). */
    STATE_CONFLICT(HttpStatus.CONFLICT, "state-conflict"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    /** Overloaded for the moment (no database connection in time): nothing was written; come back later. */
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal");

    private final HttpStatus status;
    private final String slug;

    ProblemKind(HttpStatus status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    /** The kind a bare status maps to, for errors raised by the framework rather than by a feature. */
    static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
