package org.rogatory.transmission.domain;

/** Where a result item stands: only CLEARED (the original) and REDACTED (the redacted version) ever leave. */
public enum ItemStatus {
    UNREVIEWED,
    CLEARED,
    REDACTED,
    WITHHELD;

    public boolean mayLeave() {
        return this == CLEARED || this == REDACTED;
    }
}
