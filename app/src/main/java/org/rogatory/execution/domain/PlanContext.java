package org.rogatory.execution.domain;

import java.util.List;
import java.util.Optional;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.Decision;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.FindingCode;

/**
 * What the plan's policies look at: the case (findings, the judge's authorisation), the request
 * (its measures), the plan, the notices sent for it and the bars of the jurisdiction.
 */
public record PlanContext(CaseFile file, CooperationRequest request, ExecutionPlan plan, List<BarNotice> notices,
        BarDirectory bars) {

    public PlanContext {
        notices = List.copyOf(notices);
    }

    public Optional<Decision> judgesDecision() {
        return file.judgesAuthorisation();
    }

    /** What the judge allowed; nothing beyond the request itself, and no foreign official, without an AUTHORISE. */
    public Authorisation authorisation() {
        return file.authorisation();
    }

    /** The case's findings of this code that still stand (not stale). */
    public List<CaseFinding> live(FindingCode code) {
        return file.findings().stream().filter(f -> !f.stale() && f.finding().code() == code).toList();
    }
}
