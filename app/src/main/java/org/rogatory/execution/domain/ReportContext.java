package org.rogatory.execution.domain;

import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.intake.domain.CooperationRequest;

/**
 * What the incident rules read: the report, the confirmed plan it executed, the request, and the judge's
 * authorisation ({@link Authorisation#NONE} and {@code judgeAuthorised} false when the prosecutor executed
 * the request).
 */
public record ReportContext(ExecutionReport report, ExecutionPlan plan, CooperationRequest request,
        Authorisation authorisation, boolean judgeAuthorised) {

    public static ReportContext of(ExecutionReport report, ExecutionPlan plan, CooperationRequest request,
            CaseFile file) {
        return new ReportContext(report, plan, request, file.authorisation(), file.judgesAuthorisation().isPresent());
    }
}
