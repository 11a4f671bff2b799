package org.rogatory.casework;

import java.time.LocalDate;
import org.rogatory.casework.domain.CaseState;

/**
 * One line of a queue: enough to pick the case, no case content. {@code openBlocking} and
 * {@code openWarnings} count the findings a forward move must still answer; {@code newFindings}
 * those a later screening raised that nobody answered yet.
 */
public record QueueItem(
        String id,
        CaseState state,
        String foreignReference,
        String requestingState,
        LocalDate receivedOn,
        LocalDate deadline,
        boolean urgent,
        boolean overdue,
        String awaitingApproval,
        int openBlocking,
        int openWarnings,
        int newFindings) {

    QueueItem withFindings(int openBlocking, int openWarnings, int newFindings) {
        return new QueueItem(id, state, foreignReference, requestingState, receivedOn, deadline, urgent, overdue,
                awaitingApproval, openBlocking, openWarnings, newFindings);
    }
}
