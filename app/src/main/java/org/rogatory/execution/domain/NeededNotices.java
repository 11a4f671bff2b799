package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.casework.domain.Reason;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.screening.domain.FindingCode;

/**
 * Which bar presidents a plan must tell: while the case has a BAR_PRESIDENT_NOTIFICATION finding,
 * the bar of every place of the plan (the finding says the premises are a lawyer's); and whatever
 * the findings, the bar of every law office on the plan. A place whose city no bar covers is a
 * problem to solve (name the bar), never a reason to tell nobody.
 */
public record NeededNotices(List<Needed> notices, List<Reason> problems) {

    public static NeededNotices of(PlanContext context) {
        boolean lawyersPremises = !context.live(FindingCode.BAR_PRESIDENT_NOTIFICATION).isEmpty();
        Map<String, Needed> byBar = new LinkedHashMap<>();
        List<Reason> problems = new ArrayList<>();
        var places = context.plan().places();
        for (int i = 0; i < places.size(); i++) {
            var place = places.get(i);
            if (!lawyersPremises && place.premises() != Premises.LAW_OFFICE) {
                continue;
            }
            List<Bar> bars = context.bars().forPlace(place);
            if (bars.isEmpty()) {
                problems.add(Reason.about("bar-unknown", "places/" + i, "No bar is known for " + place.city()
                        + (place.bar() == null ? "" : " under the id " + place.bar())
                        + ": name the bar whose president must be told."));
            }
            for (Bar bar : bars) {
                int index = i;
                byBar.computeIfAbsent(bar.id(), id -> new Needed(bar, new ArrayList<>())).places().add(index);
            }
        }
        return new NeededNotices(byBar.values().stream()
                .map(n -> new Needed(n.bar(), List.copyOf(n.places()))).toList(), problems);
    }

    /** A bar to tell and the places of the plan its notice is about. */
    public record Needed(Bar bar, List<Integer> places) {
    }
}
