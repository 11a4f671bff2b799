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
    private final long headSequence;
    private final String headHash;
    private boolean headHeld;

    /** Verifies the chain alone. */
    public ChainVerification() {
        this(0, AuditEvent.GENESIS);
    }

    private ChainVerification(long headSequence, String headHash) {
        this.headSequence = headSequence;
        this.headHash = headHash;
        // every log, even an empty one, starts from the genesis hash
        this.headHeld = headSequence == 0 && AuditEvent.GENESIS.equals(headHash);
    }

    /**
     * Verifies the chain and also notes whether it holds an earlier head (a signed checkpoint's):
     * the event at that sequence, unaltered, with that hash.
     */
    public static ChainVerification holding(long sequence, String hash) {
        return new ChainVerification(sequence, hash);
    }

    /** Whether the log read so far contains the head given to {@link #holding}. */
    public boolean holdsHead() {
        return headHeld;
    }

    public void accept(AuditEvent event) {
        events++;
        if (event.sequence() == headSequence && headSequence > 0) {
            headHeld = headHash.equals(event.hash()) && event.intact();
        }
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
