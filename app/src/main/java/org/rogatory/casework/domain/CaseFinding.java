package org.rogatory.casework.domain;

import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.Severity;

/**
 * A screening finding as the case keeps it: never deleted, marked stale when a later screening no
 * longer raises it, and remembering in which screening it first appeared.
 */
public record CaseFinding(Finding finding, boolean stale, int raisedInScreening) {

    public String id() {
        return finding.id();
    }

    public Severity severity() {
        return finding.severity();
    }

    /** BLOCKING and WARNING findings must be answered before the request moves forward. */
    public boolean gates() {
        return !stale && finding.severity().mustBeAddressedToMoveForward();
    }
}
