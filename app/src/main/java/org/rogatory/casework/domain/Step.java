package org.rogatory.casework.domain;

/**
 * Moves that are not decisions: the system's own (screening done, review opened) and those the
 * later work records when it is done (execution reported, results cleared, package sent).
 */
public enum Step implements Act {
    SCREENING_COMPLETED,
    REVIEW_OPENED,
    NEW_INFORMATION_RECORDED,
    EXECUTION_REPORTED,
    RESULTS_SUBMITTED,
    TRANSMISSION_APPROVED,
    PACKAGE_SENT,
    FILE_CLOSED
}
