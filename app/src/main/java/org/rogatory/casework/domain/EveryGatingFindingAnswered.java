package org.rogatory.casework.domain;

import java.util.List;

/**
 * A decision that moves the request forward must answer every open BLOCKING and WARNING finding:
 * uphold it, dismiss it or override it (DESIGN.md §3). Answers given by earlier decisions that took
 * effect count; answers in a decision still waiting for a supervisor do not.
 */
final class EveryGatingFindingAnswered implements Guard {

    @Override
    public Verdict check(Attempt attempt) {
        List<Reason> reasons = attempt.file().unansweredGatingFindings().stream()
                .filter(finding -> attempt.answerTo(finding.id()).isEmpty())
                .map(EveryGatingFindingAnswered::unanswered)
                .toList();
        return Verdict.blockedIfAny(reasons);
    }

    static Reason unanswered(CaseFinding finding) {
        return new Reason("finding-unanswered", finding.id(), finding.finding().code() + " (" + finding.severity()
                + ") must be upheld, dismissed or overridden before the request moves on.");
    }
}
