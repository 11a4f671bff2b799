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
 * one the judge's authorisation names for the measure, or the place of an authorised measure done
 * there that has one (the data carriers seized during a search): never a building the police choose.
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
                        && StreetAddress.of(measure.address()) == null && !namedByTheJudge(context, index, place) && !beside(context, index, place)) {
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
        return planned != null && asked.samePlaceAs(planned);
    }

    /** Whether the judge's authorisation names the place's building for the measure. */
    private static boolean namedByTheJudge(PlanContext context, int index, ExecutionPlan.Place place) {
        StreetAddress planned = StreetAddress.of(new Address(null, place.city(), place.address()));
        return planned != null && context.authorisation().placesFor(index).stream()
                .filter(named -> CityNames.same(named.city(), place.city()))
                .map(named -> StreetAddress.of(new Address(null, named.city(), named.address())))
                .anyMatch(named -> named != null && named.samePlaceAs(planned));
    }

    /**
     * Whether the place also does another authorised measure whose place is fixed: by the street address the
     * request gives, which this check then holds the place to, or by the judge. The data carriers seized where
     * the search is done.
     */
    private static boolean beside(PlanContext context, int index, ExecutionPlan.Place place) {
        List<Measure> measures = context.request().measures();
        return place.measures().stream().anyMatch(other -> other != index && other >= 0 && other < measures.size()
                && measures.get(other).entersPremises() && context.authorisation().covers(other)
                && (StreetAddress.of(measures.get(other).address()) != null
                        || namedByTheJudge(context, other, place)));
    }
}
