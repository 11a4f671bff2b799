package org.rogatory.screening.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One result of screening. The id is derived from what the finding is about (code, person,
 * register entry or subject), not from when it was produced, so that screening the same request
 * again yields the same id and decisions that refer to it stay valid.
 *
 * @param personRef the {@code ref} of the person or organisation concerned, or null when the
 *                  finding concerns the request as a whole or a name found only in free text
 * @param subject   what else distinguishes this finding from others of the same code and person
 *                  (a measure index, an organisation ref, a decision id); may be empty
 */
public record Finding(
        String id, FindingCode code, String personRef, String subject, Evidence evidence, List<String> grounds) {

    public Finding {
        Objects.requireNonNull(code, "code");
        subject = subject == null ? "" : subject;
        grounds = grounds == null ? code.grounds() : List.copyOf(grounds);
        id = id == null ? stableId(code, personRef, evidence == null ? null : evidence.registerId(), subject) : id;
    }

    public static Finding of(FindingCode code, String personRef, String subject, Evidence evidence) {
        return new Finding(null, code, personRef, subject, evidence, code.grounds());
    }

    public Severity severity() {
        return code.severity();
    }

    public String registerId() {
        return evidence == null ? null : evidence.registerId();
    }

    static String stableId(FindingCode code, String personRef, String registerId, String subject) {
        String key = String.join("\u001f", code.name(), Objects.toString(personRef, ""),
                Objects.toString(registerId, ""), subject);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "F-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
