package org.rogatory.execution.domain;

import org.rogatory.casework.domain.Authorisation;

/** What the incident rules read: the report, the confirmed plan it executed, and the judge's authorisation. */
public record ReportContext(ExecutionReport report, ExecutionPlan plan, Authorisation authorisation) {
}
