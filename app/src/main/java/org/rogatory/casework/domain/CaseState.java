package org.rogatory.casework.domain;

/** Where a request stands in the chain of filters (DESIGN.md §3). */
public enum CaseState {
    RECEIVED,
    SCREENED,
    CENTRAL_AUTHORITY_REVIEW,
    AWAITING_INFORMATION,
    PROSECUTOR_REVIEW,
    JUDGE_REVIEW,
    EXECUTION_PLANNING,
    EXECUTED,
    RESULTS_REVIEW,
    TRANSMISSION_AUTHORISED,
    TRANSMITTED,
    CLOSED,
    REFUSED,
    WITHDRAWN;

    /** Open until closed, refused or withdrawn; the requesting state may withdraw from any open state. */
    public boolean isOpen() {
        return this != CLOSED && this != REFUSED && this != WITHDRAWN;
    }
}
