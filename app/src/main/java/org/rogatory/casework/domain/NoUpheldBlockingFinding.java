package org.rogatory.casework.domain;

import java.util.List;
import org.rogatory.screening.domain.Severity;

/**
 * A BLOCKING finding that is upheld is a ground to refuse, not to move on: the request can only go
 * forward once such a finding is dismissed or overridden (under four eyes).
 */
final class NoUpheldBlockingFinding implements Guard {

    @Override
    public Verdict check(Attempt attempt) {
        CaseFile file = attempt.file();
        var answers = file.answers();
        List<Reason> reasons = file.findings().stream()
                .filter(finding -> !finding.stale() && finding.severity() == Severity.BLOCKING)
                .filter(finding -> attempt.answerTo(finding.id()).map(FindingDisposition::disposition)
                        .orElse(answers.get(finding.id())) == Disposition.UPHELD)
                .map(finding -> new Reason("blocking-finding-upheld", finding.id(),
                        finding.finding().code() + " is upheld: it is a ground to refuse, not to move on."))
                .toList();
        return Verdict.blockedIfAny(reasons);
    }
}
