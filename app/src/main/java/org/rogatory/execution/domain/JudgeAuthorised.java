package org.rogatory.execution.domain;

import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.screening.domain.FindingCode;

/**
 * INVESTIGATING_JUDGE_REQUIRED: a coercive measure is executed only on an investigating judge's
 * AUTHORISE that took effect. The chain already leads a coercive request to planning only that way;
 * the plan says so again, by the finding it meets.
 */
final class JudgeAuthorised implements PlanPolicy {

    @Override
    public Verdict check(PlanContext context) {
        if (context.judgesDecision().isPresent()) {
            return Verdict.ALLOWED;
        }
        var findings = context.live(FindingCode.INVESTIGATING_JUDGE_REQUIRED);
        if (findings.isEmpty() && !context.file().coercive()) {
            return Verdict.ALLOWED;
        }
        String findingId = findings.isEmpty() ? null : findings.get(0).id();
        return Verdict.blocked(new Reason("investigating-judge-required", findingId,
                "A coercive measure is executed only on an investigating judge's authorisation."));
    }
}
