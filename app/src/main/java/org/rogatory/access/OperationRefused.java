package org.rogatory.access;

/**
 * A signed-in user asked for what their role may not do: published so that the refusal is on the record
 * as reads and writes are (an oversight or administrator account trying a case file leaves a trace).
 *
 * @param caseId the case the path names, or null
 */
public record OperationRefused(User user, Operation operation, String method, String path, String caseId) {
}
