package org.rogatory.casework.domain;

import java.util.List;
import org.rogatory.screening.domain.Severity;

/**
 * Four eyes (DESIGN.md §3): dismissing or overriding a BLOCKING finding takes effect only when a
 * SUPERVISOR other than the author approves it. Until then the request does not move.
 */
public final class FourEyes {

    private FourEyes() {
    }

    public static boolean needsApproval(List<FindingDisposition> dispositions, CaseFile file) {
        return dispositions.stream()
                .filter(answer -> answer.disposition() != null && answer.disposition().setsAside())
                .flatMap(answer -> file.finding(answer.findingId()).stream())
                .anyMatch(finding -> !finding.stale() && finding.severity() == Severity.BLOCKING);
    }

    public static boolean mayApprove(Decision decision, String approver) {
        return !decision.author().equals(approver);
    }
}
