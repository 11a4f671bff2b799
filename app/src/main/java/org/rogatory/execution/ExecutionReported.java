package org.rogatory.execution;

import java.util.List;
import org.rogatory.access.User;
import org.rogatory.execution.domain.ExecutionReport.Hearing;
import org.rogatory.execution.domain.ExecutionReport.SeizedItem;

/**
 * Published, inside the transaction that files it, when the execution report is filed: what was
 * seized and the hearings held are the results that the review and the transmission take over.
 */
public record ExecutionReported(String caseId, List<SeizedItem> seized, List<Hearing> hearings, User filedBy) {
}
