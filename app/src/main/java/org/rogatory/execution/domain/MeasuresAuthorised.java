package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.screening.domain.CityNames;
import org.rogatory.screening.domain.StreetAddress;

/**
 * The plan executes only what was asked and authorised: each place does measures of the request
 * that enter premises (search, seizure) and that the judge's authorisation covers, in the premises
 * and at the address the request names. A law office is not searched on an authorisation to search a
 * home, nor another home in the same city. Where the request names no street address, the place is
 * one the judge's authorisation names for the measure; where the judge named none, a building where
 * an authorised measure whose building is fixed is done (the data carriers seized during a search):
 * never a building the police choose.
 */
final class MeasuresAuthorised implements PlanPolicy {

    @Override
    public Verdict check(PlanContext context) {
        List<Reason> reasons = new ArrayList<>();
        List<Measure> measures = context.request().measures();
        var places = context.plan().places();
        for (int p = 0; p < places.size(); p++) {
            var place = places.get(p);
            String subject = "places/" + p;
            for (int index : place.measures()) {
                if (index < 0 || index >= measures.size()) {
                    reasons.add(Reason.about("measure-not-requested", subject,
                            "The request has no measure " + index + "."));
                    continue;
                }
                Measure measure = measures.get(index);
                if (!measure.entersPremises()) {
                    reasons.add(Reason.about("measure-needs-no-place", subject, "Measure " + index + " ("
                            + measure.type() + ") is not done at premises: plan only searches and seizures at places."));
                }
                if (!context.authorisation().covers(index)) {
                    reasons.add(Reason.about("measure-not-authorised", subject,
                            "Measure " + index + " is not covered by the judge's authorisation."));
                }
                if (measure.type() == org.rogatory.intake.domain.CooperationRequest.MeasureType.SEARCH
                        && measure.premises() != null && measure.premises() != place.premises()) {
                    reasons.add(Reason.about("premises-not-authorised", subject, "Measure " + index
                            + " is a search of " + measure.premises() + ", not of " + place.premises() + "."));
                }
                if (measure.address() != null && measure.address().city() != null
                        && !CityNames.same(measure.address().city(), place.city())) {
                    reasons.add(Reason.about("place-not-authorised", subject, "Measure " + index + " concerns "
                            + measure.address().city() + ", not " + place.city() + "."));
                } else if (!atTheAddressOf(measure, place)) {
                    reasons.add(Reason.about("place-not-authorised", subject, "Measure " + index + " concerns "
                            + measure.address().line() + ", not " + place.address() + "."));
                } else if (measure.entersPremises() && context.authorisation().covers(index)
                        && StreetAddress.of(measure.address()) == null && !whereAllowed(context, index, place)) {
                    reasons.add(Reason.about("place-not-named", subject, "The request names no street address for "
                            + "measure " + index + ": the judge's authorisation names where it is done, and "
                            + place.address() + " is not such a place."));
                }
            }
        }
        return Verdict.blockedIfAny(reasons);
    }

    /**
     * Whether the place is the building the measure names, where the measure names one: a search
     * authorised at one home is not a search of another in the same city.
     */
    private static boolean atTheAddressOf(Measure measure, ExecutionPlan.Place place) {
        StreetAddress asked = StreetAddress.of(measure.address());
        if (asked == null) {
            return true;
        }
        StreetAddress planned = StreetAddress.of(new Address(measure.address().country(), place.city(), place.address()));
        return planned != null && planned.within(asked);
    }

    /**
     * Where a measure the request gives no street address for may be done: at a building the judge named for
     * it, when the judge named any; else only in a building where the plan does another authorised measure
     * whose building is fixed, by the request's street address or by the judge (the data carriers seized
     * where the search is). A building the judge named for the seizure is no place for the search.
     */
    private static boolean whereAllowed(PlanContext context, int index, ExecutionPlan.Place place) {
        if (!context.authorisation().placesFor(index).isEmpty()) {
            return namedByTheJudge(context, index, place);
        }
        List<Measure> measures = context.request().measures();
        return context.plan().places().stream().filter(other -> within(place, other)).anyMatch(other ->
                other.measures().stream().anyMatch(m -> m != index && m >= 0 && m < measures.size()
                        && measures.get(m).entersPremises() && context.authorisation().covers(m)
                        && (StreetAddress.of(measures.get(m).address()) != null ? atTheBuildingOf(measures.get(m), other)
                                : namedByTheJudge(context, m, other))));
    }

    /** Whether the place is in the city and the building the measure's address names. */
    private static boolean atTheBuildingOf(Measure measure, ExecutionPlan.Place place) {
        return (measure.address().city() == null || CityNames.same(measure.address().city(), place.city()))
                && atTheAddressOf(measure, place);
    }

    /** Whether the place lies within the other's building, and within its flat or box where it names one. */
    private static boolean within(ExecutionPlan.Place place, ExecutionPlan.Place other) {
        StreetAddress a = building(place.city(), place.address());
        StreetAddress b = building(other.city(), other.address());
        return a != null && b != null && CityNames.same(place.city(), other.city()) && a.within(b);
    }

    /**
     * Whether the judge's authorisation names the place's building for the measure, and the flat or box
     * where it names one: a warrant for flat 2 is not one for the building.
     */
    private static boolean namedByTheJudge(PlanContext context, int index, ExecutionPlan.Place place) {
        StreetAddress planned = building(place.city(), place.address());
        return planned != null && context.authorisation().placesFor(index).stream()
                .filter(named -> CityNames.same(named.city(), place.city()))
                .map(named -> building(named.city(), named.address()))
                .anyMatch(named -> named != null && planned.within(named));
    }

    private static StreetAddress building(String city, String line) {
        return StreetAddress.of(new Address(null, city, line));
    }
}
