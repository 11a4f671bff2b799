package org.rogatory.casework.domain;

/** The outcomes of a decision (DESIGN.md §10); which one is open depends on the state and the role. */
public enum Outcome implements Act {
    FORWARD,
    REFUSE,
    RETURN_FOR_INFORMATION,
    EXECUTE,
    REFER_TO_JUDGE,
    AUTHORISE,
    WITHDRAW;

    /** Outcomes that take the request further towards execution: they must answer every gating finding. */
    public boolean movesForward() {
        return this == FORWARD || this == EXECUTE || this == REFER_TO_JUDGE || this == AUTHORISE;
    }
}
