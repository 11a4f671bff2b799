package org.rogatory.casework;

import java.time.LocalDate;
import org.rogatory.casework.domain.CaseState;

/**
 * One line of a queue: enough to pick the case, no case content.
 *
 * @param newFindings  how many open findings a later screening raised: the case needs another look
 * @param openBlocking how many BLOCKING findings are open (a forward move must still answer them)
 * @param openWarnings how many WARNING findings are open
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
        int newFindings,
        int openBlocking,
        int openWarnings) {

    QueueItem withFindings(int newFindings, int openBlocking, int openWarnings) {
        return new QueueItem(id, state, foreignReference, requestingState, receivedOn, deadline, urgent, overdue,
                awaitingApproval, newFindings, openBlocking, openWarnings);
    }
}
