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
 * home, nor another home in the same city.
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
}
