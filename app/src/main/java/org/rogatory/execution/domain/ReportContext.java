package org.rogatory.execution.domain;

import java.util.List;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.intake.domain.CooperationRequest;

/**
 * What the incident rules read: the report, the confirmed plan it executed, the request, the judge's
 * authorisation ({@link Authorisation#NONE} and {@code judgeAuthorised} false when the prosecutor executed
 * the request), and whether a bar president was told the plan's time (a notice of the plan delivered).
 */
public record ReportContext(ExecutionReport report, ExecutionPlan plan, CooperationRequest request,
        Authorisation authorisation, boolean judgeAuthorised, boolean timeAnnounced) {

    public static ReportContext of(ExecutionReport report, ExecutionPlan plan, CooperationRequest request,
            CaseFile file, List<BarNotice> notices) {
        boolean announced = notices.stream()
                .anyMatch(n -> n.planId().equals(plan.id()) && n.status() == BarNotice.Status.DELIVERED);
        return new ReportContext(report, plan, request, file.authorisation(), file.judgesAuthorisation().isPresent(),
                announced);
    }
}
