package org.rogatory.oversight.domain;

import org.rogatory.casework.domain.CaseState;

/** Where a request received in the year stands now. */
public enum Standing {
    /** Somewhere in the chain still. */
    OPEN,
    /** Executed, transmitted and closed. */
    CLOSED,
    REFUSED,
    WITHDRAWN;

    public static Standing of(CaseState state) {
        return switch (state) {
            case CLOSED -> CLOSED;
            case REFUSED -> REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            default -> OPEN;
        };
    }

    /** The final state this standing is, if it is one. */
    CaseState finalState() {
        return switch (this) {
            case CLOSED -> CaseState.CLOSED;
            case REFUSED -> CaseState.REFUSED;
            case WITHDRAWN -> CaseState.WITHDRAWN;
            case OPEN -> null;
        };
    }
}
