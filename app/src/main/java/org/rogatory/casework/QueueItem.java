package org.rogatory.casework;

import java.time.LocalDate;
import org.rogatory.casework.domain.CaseState;

/**
 * One line of a queue: enough to pick the case, no case content.
 *
 * @param newFindings how many open findings a later screening raised (after a register, the country
 *                    data or a related request changed): the case needs another look
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
        int newFindings) {
}
