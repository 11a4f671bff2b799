package org.rogatory.transmission.domain;

import java.time.Instant;

/**
 * The privilege reviewer's decision on an item, with reasons. A later review replaces an earlier
 * one (both stay on record), and names the one it replaces, so that nobody overturns a review they
 * have not seen.
 *
 * @param number 1 for the item's first review, then one more for each that replaces the one before
 * @param redactedSha256 for REDACTED, the SHA-256 of the redacted version; else null
 */
public record Review(int number, Decision decision, String reasons, String reviewer, Instant at, String redactedSha256) {

    public enum Decision {
        /** Nothing privileged, no third-party data: the original may leave. */
        CLEARED,
        /** Privileged or third-party passages removed: only the redacted version may leave. */
        REDACTED,
        /** Excluded (and returned): nothing of it leaves. */
        WITHHELD
    }
}
