package org.rogatory.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a checkpoint still vouches for the audit log: the signature holds, the key is trusted,
 * the log verifies and still contains the checkpoint's head. Every problem is named at once.
 *
 * @param events      how many events the log has now
 * @param firstBroken the first broken sequence number of the log, or null
 */
public record CheckpointVerdict(boolean ok, long sequence, long events, Long firstBroken,
        List<CheckpointProblem> problems) {

    public CheckpointVerdict {
        problems = List.copyOf(problems);
    }

    /**
     * @param trusted whether the checkpoint's public key is one the verifier trusts
     * @param chain   the verification of the log as it is now
     * @param held    whether the log contains the checkpoint's head
     */
    public static CheckpointVerdict of(Checkpoint checkpoint, boolean trusted, ChainVerification.Result chain,
            boolean held) {
        List<CheckpointProblem> problems = new ArrayList<>();
        if (!checkpoint.signatureHolds()) {
            problems.add(CheckpointProblem.SIGNATURE_INVALID);
        }
        // a key swapped into a checkpoint breaks its signature and is a stranger besides: both are said
        if (!trusted) {
            problems.add(CheckpointProblem.UNTRUSTED_KEY);
        }
        if (!held) {
            problems.add(CheckpointProblem.HEAD_NOT_IN_CHAIN);
        }
        if (!chain.ok()) {
            problems.add(CheckpointProblem.CHAIN_BROKEN);
        }
        return new CheckpointVerdict(problems.isEmpty(), checkpoint.sequence(), chain.events(), chain.firstBroken(),
                problems);
    }
}
