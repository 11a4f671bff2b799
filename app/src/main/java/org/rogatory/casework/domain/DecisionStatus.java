package org.rogatory.casework.domain;

/** Whether a decision took effect. */
public enum DecisionStatus {
    /** It took effect when recorded, or when a supervisor approved it. */
    EFFECTIVE,
    /** It sets a blocking finding aside and waits for a supervisor; the request has not moved. */
    AWAITING_APPROVAL,
    /** It waited for approval, but a later decision or move made it moot. */
    LAPSED
}
