package org.rogatory.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    static List<AuditEvent> log(int size) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditEvent.GENESIS;
        for (int i = 1; i <= size; i++) {
            AuditEvent event = AuditEvent.chain(i, Instant.parse("2025-06-02T09:00:00Z").plusSeconds(i), "demo-clerk",
                    "CLERK", "case.read", "case-" + (i % 3), null, "{\"n\":" + i + "}", previous);
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    static ChainVerification.Result verify(List<AuditEvent> events, long headSequence, String headHash) {
        ChainVerification verification = new ChainVerification();
        events.forEach(verification::accept);
        return verification.finish(headSequence, headHash);
    }

    static ChainVerification.Result verify(List<AuditEvent> events, List<AuditEvent> original) {
        AuditEvent last = original.get(original.size() - 1);
        return verify(events, last.sequence(), last.hash());
    }

    @Test
    void anUntouchedLogVerifies() {
        List<AuditEvent> events = log(10);
        assertThat(verify(events, events)).isEqualTo(new ChainVerification.Result(true, 10, null));
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(verify(List.of(), 0, AuditEvent.GENESIS)).isEqualTo(new ChainVerification.Result(true, 0, null));
    }

    @Test
    void aChangedFieldBreaksTheChainAtThatEvent() {
        List<AuditEvent> original = log(10);
        List<AuditEvent> tampered = new ArrayList<>(original);
        AuditEvent e = original.get(4);
        tampered.set(4, new AuditEvent(e.sequence(), e.occurredAt(), "someone-else", e.role(), e.action(), e.caseId(),
                e.object(), e.details(), e.previousHash(), e.hash()));
        assertThat(verify(tampered, original).firstBroken()).isEqualTo(5);
    }

    @Test
    void aDeletedEventBreaksTheChainWhereItWas() {
        List<AuditEvent> original = log(10);
        List<AuditEvent> tampered = new ArrayList<>(original);
        tampered.remove(6);
        assertThat(verify(tampered, original).firstBroken()).isEqualTo(7);
    }

    @Test
    void removingTheLastEventsIsCaughtByTheHead() {
        List<AuditEvent> original = log(10);
        assertThat(verify(original.subList(0, 8), original).firstBroken()).isEqualTo(9);
    }

    @Test
    void swappedEventsBreakTheChainAtTheFirstOfThem() {
        List<AuditEvent> original = log(10);
        List<AuditEvent> tampered = new ArrayList<>(original);
        Collections.swap(tampered, 2, 5);
        // a swap of contents under the original sequence numbers, as an UPDATE of two rows would do
        tampered.set(2, renumbered(original.get(5), 3));
        tampered.set(5, renumbered(original.get(2), 6));
        assertThat(verify(tampered, original).firstBroken()).isEqualTo(3);
    }

    @Test
    void aRewrittenTailWithRecomputedHashesIsCaughtByTheHead() {
        List<AuditEvent> original = log(5);
        List<AuditEvent> rewritten = new ArrayList<>(original.subList(0, 3));
        AuditEvent forged = AuditEvent.chain(4, original.get(3).occurredAt(), "demo-clerk", "CLERK", "case.read",
                "case-x", null, "{}", original.get(2).hash());
        rewritten.add(forged);
        rewritten.add(AuditEvent.chain(5, original.get(4).occurredAt(), "demo-clerk", "CLERK", "case.read", "case-x",
                null, "{}", forged.hash()));
        assertThat(verify(rewritten, original).ok()).isFalse();
    }

    @Test
    void theCanonicalFormLeavesNoRoomForAmbiguity() {
        AuditEvent a = AuditEvent.chain(1, Instant.EPOCH, "a", "b", "c", "d", "e\",\"f", "{}", AuditEvent.GENESIS);
        AuditEvent b = AuditEvent.chain(1, Instant.EPOCH, "a", "b", "c", "d", "e", "f\",\"{}", AuditEvent.GENESIS);
        assertThat(a.canonical()).isNotEqualTo(b.canonical());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a.canonical()).isEqualTo(
                "[1,\"1970-01-01T00:00:00Z\",\"a\",\"b\",\"c\",\"d\",\"e\\\",\\\"f\",\"{}\",\"" + AuditEvent.GENESIS + "\"]");
    }

    @Test
    void aMissingCaseAndObjectAreNullNotEmpty() {
        AuditEvent withNull = AuditEvent.chain(1, Instant.EPOCH, "a", "b", "c", null, null, "{}", AuditEvent.GENESIS);
        AuditEvent withEmpty = AuditEvent.chain(1, Instant.EPOCH, "a", "b", "c", "", "", "{}", AuditEvent.GENESIS);
        assertThat(withNull.hash()).isNotEqualTo(withEmpty.hash());
    }

    private static AuditEvent renumbered(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.occurredAt(), e.username(), e.role(), e.action(), e.caseId(), e.object(),
                e.details(), e.previousHash(), e.hash());
    }
}
