package org.rogatory.casework;

import java.time.LocalDate;
import org.rogatory.casework.domain.CaseState;

/** One line of a queue: enough to pick the case, no case content. */
public record QueueItem(
        String id,
        CaseState state,
        String foreignReference,
        String requestingState,
        LocalDate receivedOn,
        LocalDate deadline,
        boolean urgent,
        boolean overdue,
        String awaitingApproval) {
}
