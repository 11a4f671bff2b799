package org.rogatory.audit.domain;

/**
 * Walks the audit log in sequence order and finds the first event at which the chain does not
 * hold: a sequence number missing or out of place (a deleted or moved event), a previous hash that
 * is not the hash before it, or a hash that does not match the event's content (a changed field).
 * The head (the last sequence and hash the log recorded) catches events removed from the end.
 */
public final class ChainVerification {

    private long expected = 1;
    private String previousHash = AuditEvent.GENESIS;
    private long events;
    private Long firstBroken;

    public void accept(AuditEvent event) {
        events++;
        if (firstBroken != null) {
            return;
        }
        if (event.sequence() != expected) {
            firstBroken = Math.min(expected, event.sequence());
        } else if (!previousHash.equals(event.previousHash()) || !event.intact()) {
            firstBroken = event.sequence();
        } else {
            previousHash = event.hash();
            expected++;
        }
    }

    /** The verdict, given the head the log recorded after its last append. */
    public Result finish(long headSequence, String headHash) {
        if (firstBroken == null && (headSequence != expected - 1 || !headHash.equals(previousHash))) {
            firstBroken = Math.min(expected, headSequence);
        }
        return new Result(firstBroken == null, events, firstBroken);
    }

    /** {@code ok}, how many events were read, and the first broken sequence number (null when ok). */
    public record Result(boolean ok, long events, Long firstBroken) {
    }
}
