package org.rogatory.audit.domain;

/** Why a checkpoint held by oversight does not vouch for the audit log as it is now. */
public enum CheckpointProblem {
    /** The signature is not the public key's over this checkpoint: it was altered, or was never one. */
    SIGNATURE_INVALID,
    /** Correctly signed, but by a key the verifier does not trust. */
    UNTRUSTED_KEY,
    /** The log has no event at the checkpoint's sequence with the checkpoint's hash: it was rewritten or cut. */
    HEAD_NOT_IN_CHAIN,
    /** The log does not verify by itself either (see {@code firstBroken}). */
    CHAIN_BROKEN
}
