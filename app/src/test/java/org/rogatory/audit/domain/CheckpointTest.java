package org.rogatory.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    static final KeyPair SERVER = keys();
    static final KeyPair STRANGER = keys();
    static final Instant NOON = Instant.parse("2025-06-02T12:00:00.123456Z");

    static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Checkpoint ofHead(List<AuditEvent> log, KeyPair keys) {
        AuditEvent head = log.get(log.size() - 1);
        return Checkpoint.sign(head.sequence(), head.hash(), NOON, keys);
    }

    @Test
    void signsFourLinesThatAnyToolCanCheck() {
        Checkpoint checkpoint = Checkpoint.sign(42, "ab".repeat(32), NOON, SERVER);
        assertThat(checkpoint.signedText()).isEqualTo("rogatory-audit-checkpoint/1\n42\n" + "ab".repeat(32)
                + "\n2025-06-02T12:00:00Z\n");
        assertThat(checkpoint.signedAt()).isEqualTo(Instant.parse("2025-06-02T12:00:00Z"));
        assertThat(checkpoint.publicKey()).isEqualTo(Checkpoint.encode(SERVER.getPublic()));
        assertThat(checkpoint.signatureHolds()).isTrue();
    }

    @Test
    void anyChangeToASignedCheckpointBreaksItsSignature() {
        Checkpoint signed = Checkpoint.sign(42, "ab".repeat(32), NOON, SERVER);
        assertThat(List.of(
                new Checkpoint(43, signed.hash(), signed.signedAt(), signed.publicKey(), signed.signature()),
                new Checkpoint(42, "cd".repeat(32), signed.signedAt(), signed.publicKey(), signed.signature()),
                new Checkpoint(42, signed.hash(), signed.signedAt().plusSeconds(1), signed.publicKey(),
                        signed.signature()),
                new Checkpoint(42, signed.hash(), signed.signedAt(), Checkpoint.encode(STRANGER.getPublic()),
                        signed.signature()),
                new Checkpoint(42, signed.hash(), signed.signedAt(), "not a key", signed.signature()),
                new Checkpoint(42, signed.hash(), signed.signedAt(), signed.publicKey(), "AAAA")))
                .allSatisfy(altered -> assertThat(altered.signatureHolds()).isFalse());
    }

    @Test
    void theChainHoldsTheHeadOfAnEarlierCheckpointAsItGrows() {
        List<AuditEvent> log = ChainVerificationTest.log(10);
        Checkpoint earlier = ofHead(log.subList(0, 6), SERVER);
        ChainVerification verification = ChainVerification.holding(earlier.sequence(), earlier.hash());
        log.forEach(verification::accept);
        assertThat(verification.holdsHead()).isTrue();
        assertThat(verdict(earlier, log, true).problems()).isEmpty();
        assertThat(verdict(earlier, log, true).ok()).isTrue();
    }

    @Test
    void aLogRewrittenWithRecomputedHashesVerifiesAloneButNotAgainstTheCheckpoint() {
        List<AuditEvent> log = ChainVerificationTest.log(10);
        Checkpoint earlier = ofHead(log, SERVER);
        List<AuditEvent> rewritten = rewrite(log, 3);

        ChainVerification alone = new ChainVerification();
        rewritten.forEach(alone::accept);
        AuditEvent newHead = rewritten.get(rewritten.size() - 1);
        assertThat(alone.finish(newHead.sequence(), newHead.hash()).ok()).isTrue();

        CheckpointVerdict verdict = verdict(earlier, rewritten, true);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.problems()).containsExactly(CheckpointProblem.HEAD_NOT_IN_CHAIN);
    }

    @Test
    void aLogCutBackBeforeTheCheckpointNoLongerHoldsItsHead() {
        List<AuditEvent> log = ChainVerificationTest.log(10);
        Checkpoint earlier = ofHead(log, SERVER);
        assertThat(verdict(earlier, log.subList(0, 7), true).problems())
                .containsExactly(CheckpointProblem.HEAD_NOT_IN_CHAIN);
    }

    @Test
    void theCheckpointOfAnEmptyLogIsHeldByEveryLog() {
        Checkpoint empty = Checkpoint.sign(0, AuditEvent.GENESIS, NOON, SERVER);
        assertThat(verdict(empty, List.of(), true).ok()).isTrue();
        assertThat(verdict(empty, ChainVerificationTest.log(3), true).ok()).isTrue();
    }

    @Test
    void namesEveryProblemAtOnce() {
        List<AuditEvent> log = ChainVerificationTest.log(10);
        Checkpoint foreign = ofHead(log, STRANGER);
        assertThat(verdict(foreign, log, false).problems()).containsExactly(CheckpointProblem.UNTRUSTED_KEY);

        Checkpoint forged = new Checkpoint(5, foreign.hash(), foreign.signedAt(), foreign.publicKey(),
                foreign.signature());
        List<AuditEvent> broken = new ArrayList<>(log);
        broken.remove(7);
        CheckpointVerdict verdict = verdict(forged, broken, true);
        assertThat(verdict.problems()).containsExactly(CheckpointProblem.SIGNATURE_INVALID,
                CheckpointProblem.HEAD_NOT_IN_CHAIN, CheckpointProblem.CHAIN_BROKEN);
        assertThat(verdict.firstBroken()).isEqualTo(8);

        Checkpoint keySwapped = new Checkpoint(foreign.sequence(), foreign.hash(), foreign.signedAt(),
                ofHead(log, SERVER).publicKey(), foreign.signature());
        assertThat(verdict(keySwapped, log, false).problems()).as("another key put in a stranger's checkpoint")
                .containsExactly(CheckpointProblem.SIGNATURE_INVALID, CheckpointProblem.UNTRUSTED_KEY);
    }

    static CheckpointVerdict verdict(Checkpoint checkpoint, List<AuditEvent> log, boolean trusted) {
        ChainVerification verification = ChainVerification.holding(checkpoint.sequence(), checkpoint.hash());
        log.forEach(verification::accept);
        AuditEvent head = log.isEmpty() ? null : log.get(log.size() - 1);
        ChainVerification.Result chain = head == null ? verification.finish(0, AuditEvent.GENESIS)
                : verification.finish(head.sequence(), head.hash());
        return CheckpointVerdict.of(checkpoint, trusted, chain, verification.holdsHead());
    }

    /** What a superuser can do: change one event and recompute every hash from it on, head included. */
    static List<AuditEvent> rewrite(List<AuditEvent> log, int changedSequence) {
        List<AuditEvent> rewritten = new ArrayList<>();
        String previous = AuditEvent.GENESIS;
        for (AuditEvent e : log) {
            String details = e.sequence() == changedSequence ? "{\"n\":0}" : e.details();
            AuditEvent copy = AuditEvent.chain(e.sequence(), e.occurredAt(), e.username(), e.role(), e.action(),
                    e.caseId(), e.object(), details, previous);
            rewritten.add(copy);
            previous = copy.hash();
        }
        return rewritten;
    }
}
