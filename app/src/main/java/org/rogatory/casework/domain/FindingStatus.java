package org.rogatory.casework.domain;

/** Where a finding of the case stands. */
public enum FindingStatus {
    /** Not answered by any decision that took effect. */
    OPEN,
    /** Answered (upheld, dismissed or overridden) by a decision that took effect. */
    ADDRESSED,
    /** The latest screening no longer raises it: kept for the record, gates nothing. */
    STALE
}
