package org.rogatory.oversight.domain;

import org.rogatory.casework.domain.CaseState;

/** The three filters the law puts between a foreign state and the people living here (DESIGN.md §3). */
public enum Filter {
    CENTRAL_AUTHORITY(CaseState.CENTRAL_AUTHORITY_REVIEW),
    PROSECUTOR(CaseState.PROSECUTOR_REVIEW),
    INVESTIGATING_JUDGE(CaseState.JUDGE_REVIEW);

    private final CaseState state;

    Filter(CaseState state) {
        this.state = state;
    }

    /** The state in which a request waits for this filter's decision. */
    public CaseState state() {
        return state;
    }
}
