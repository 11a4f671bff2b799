package org.rogatory.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One entry of the audit log: who did what to which case, when, chained to the entry before it.
 * The hash is SHA-256 over the canonical form of every other field, the previous hash included,
 * so changing, removing or reordering an entry breaks the chain from that entry on.
 *
 * @param sequence     1, 2, 3, ... without gaps
 * @param role         the actor's role, or {@code SYSTEM} for moves the system makes by itself
 * @param caseId       the case concerned, or null (a queue listing)
 * @param object       what within the case (a decision id, a request version), or null
 * @param details      JSON text
 */
public record AuditEvent(
        long sequence,
        Instant occurredAt,
        String username,
        String role,
        String action,
        String caseId,
        String object,
        String details,
        String previousHash,
        String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: verifying a long log hashes millions of events. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    });

    /** The event that follows {@code previousHash} at {@code sequence}, with its hash computed. */
    public static AuditEvent chain(long sequence, Instant occurredAt, String username, String role, String action,
            String caseId, String object, String details, String previousHash) {
        AuditEvent unsealed = new AuditEvent(sequence, occurredAt, username, role, action, caseId, object, details,
                previousHash, null);
        return new AuditEvent(sequence, occurredAt, username, role, action, caseId, object, details, previousHash,
                unsealed.computeHash());
    }

    /** SHA-256 (hex) of the canonical form: what {@link #hash} must be if nobody tampered with the event. */
    public String computeHash() {
        return HEX.formatHex(SHA_256.get().digest(canonical().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A JSON array of the fields in a fixed order, timestamps as ISO-8601 UTC: unambiguous (no
     * field can swallow its neighbour) and easy to recompute with any language.
     */
    public String canonical() {
        StringBuilder out = new StringBuilder(256).append('[').append(sequence);
        for (String field : new String[] {DateTimeFormatter.ISO_INSTANT.format(occurredAt), username, role, action,
                caseId, object, details, previousHash}) {
            out.append(',');
            quote(field, out);
        }
        return out.append(']').toString();
    }

    public boolean intact() {
        return hash != null && hash.equals(computeHash());
    }

    private static void quote(String value, StringBuilder out) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
