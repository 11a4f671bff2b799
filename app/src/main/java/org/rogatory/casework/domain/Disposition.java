package org.rogatory.casework.domain;

/** How a decision answers a finding (DESIGN.md §3). */
public enum Disposition {
    /** The finding stands: it becomes a ground of the decision. */
    UPHELD,
    /** The finding does not apply (e.g. not the same person); reasons required. */
    DISMISSED,
    /** The finding applies but the decision goes ahead anyway; reasons required. */
    OVERRIDDEN;

    public boolean needsReasons() {
        return this != UPHELD;
    }

    /** Whether this answer sets the finding aside rather than standing by it. */
    public boolean setsAside() {
        return this != UPHELD;
    }
}
