package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.screening.domain.FindingCode;

/**
 * BAR_PRESIDENT_NOTIFICATION (BE-USAGE-BATONNIER, ECHR-8-LAWYER): before a lawyer's premises are
 * searched, the president of the bar of the place has the notice, delivered. In the case study the
 * bâtonnier learnt of the search afterwards.
 */
final class BarPresidentNotified implements PlanPolicy {

    @Override
    public Verdict check(PlanContext context) {
        NeededNotices needed = NeededNotices.of(context);
        List<Reason> reasons = new ArrayList<>(needed.problems());
        List<NeededNotices.Needed> missing = needed.notices().stream()
                .filter(n -> context.notices().stream().noneMatch(sent -> sent.barId().equals(n.bar().id())
                        && sent.planId().equals(context.plan().id()) && sent.delivered()))
                .toList();
        if (missing.isEmpty()) {
            return Verdict.blockedIfAny(reasons);
        }
        String bars = missing.stream().map(n -> n.bar().name() + " (" + n.bar().id() + ")")
                .collect(Collectors.joining(", "));
        String detail = "The notice to the bar president is not delivered yet: " + bars + ".";
        var findings = context.live(FindingCode.BAR_PRESIDENT_NOTIFICATION);
        if (findings.isEmpty()) {
            reasons.add(Reason.of("bar-president-not-notified", detail));
        }
        findings.forEach(f -> reasons.add(new Reason("bar-president-not-notified", f.id(), detail)));
        return Verdict.blockedIfAny(reasons);
    }
}
