package org.rogatory.screening.domain;

import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * NO_EXTRADITION_TREATY: the country profile says no extradition treaty is in force with the forum
 * state, and the request targets a person who lives here: assistance may be used to reach someone
 * extradition cannot. An empty treaty cell is unknown and is not read as "no treaty".
 */
final class NoExtraditionTreaty implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        CountryProfile profile = context.requestingState();
        if (!Boolean.FALSE.equals(profile.extraditionTreaty())) {
            return List.of();
        }
        String forum = context.config().forumState();
        List<Person> residents = Requests.targets(request).stream()
                .filter(p -> Requests.livesIn(request, p, forum))
                .toList();
        if (residents.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", residents.stream().map(Requests::label).toList());
        return List.of(Finding.of(FindingCode.NO_EXTRADITION_TREATY, null, "",
                Evidence.fromRequest("/requestingState, " + Requests.pointer(request, residents.get(0)) + "/addresses",
                        profile.label() + " has no extradition treaty with " + forum + " (country profiles), and the"
                                + " request targets " + names + ", living in " + forum
                                + ": check that assistance is not used to obtain what extradition cannot.")));
    }
}
