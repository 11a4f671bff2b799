package org.rogatory.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.web.FieldProblem;

/**
 * A checkpoint as JSON, the form oversight keeps and sends back: {@code sequence}, {@code hash},
 * {@code signedAt} (ISO-8601 UTC), {@code publicKey} and {@code signature} (Base64). Read from an
 * HTTP body or from a file, every field is checked and every bad one named.
 */
public record CheckpointJson(Long sequence, String hash, String signedAt, String publicKey, String signature) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public static CheckpointJson of(Checkpoint checkpoint) {
        return new CheckpointJson(checkpoint.sequence(), checkpoint.hash(),
                DateTimeFormatter.ISO_INSTANT.format(checkpoint.signedAt()), checkpoint.publicKey(),
                checkpoint.signature());
    }

    /** The checkpoint, or {@link Invalid} naming every field that cannot be one. */
    public Checkpoint checked() {
        List<FieldProblem> problems = new ArrayList<>();
        if (sequence == null || sequence < 0) {
            problems.add(new FieldProblem("/sequence", "must be a sequence number, 0 or more"));
        }
        if (hash == null || !HASH.matcher(hash).matches()) {
            problems.add(new FieldProblem("/hash", "must be a SHA-256 hash: 64 lower-case hex digits"));
        }
        Instant at = null;
        try {
            at = signedAt == null ? null : Instant.parse(signedAt);
        } catch (DateTimeParseException e) {
            // named below
        }
        if (at == null) {
            problems.add(new FieldProblem("/signedAt", "must be an ISO-8601 time in UTC, e.g. 2025-06-02T09:00:00Z"));
        }
        base64(publicKey, "/publicKey", problems);
        base64(signature, "/signature", problems);
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new Checkpoint(sequence, hash, at, publicKey, signature);
    }

    private static void base64(String value, String pointer, List<FieldProblem> problems) {
        try {
            if (value != null && !value.isBlank() && Base64.getDecoder().decode(value).length > 0) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        problems.add(new FieldProblem(pointer, "must be Base64"));
    }

    /** The JSON is no checkpoint; every bad field is named. */
    public static final class Invalid extends RuntimeException {

        private final transient List<FieldProblem> problems;

        Invalid(List<FieldProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }
}
