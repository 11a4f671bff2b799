package org.rogatory.screening.domain;

/** How a finding gates the chain (DESIGN.md §4). */
public enum Severity {
    /** The request cannot move on unless upheld as a refusal ground, or dismissed/overridden under four eyes. */
    BLOCKING,
    /** Must be addressed in the next decision that moves the request forward. */
    WARNING,
    /** A duty that gates a later step, such as confirming the execution plan. */
    OBLIGATION,
    /** Shown to the officer; gates nothing. */
    NOTICE;

    public boolean mustBeAddressedToMoveForward() {
        return this == BLOCKING || this == WARNING;
    }
}
