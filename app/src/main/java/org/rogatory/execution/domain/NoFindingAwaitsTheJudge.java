package org.rogatory.execution.domain;

import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/**
 * A BLOCKING or WARNING finding that screening raised after the decisions (a register grew: the
 * person is now a recognised refugee, a lawyer) is answered by the investigating judge, who authorises
 * again or refuses, before anything is executed on the plan.
 */
final class NoFindingAwaitsTheJudge implements PlanPolicy {

    @Override
    public Verdict check(PlanContext context) {
        return Verdict.blockedIfAny(context.file().unansweredGatingFindings().stream()
                .map(finding -> new Reason("finding-unanswered", finding.id(), finding.finding().code() + " ("
                        + finding.severity() + ") was raised after the decisions: the investigating judge answers it, "
                        + "authorising again or refusing, before the plan is executed."))
                .toList());
    }
}
