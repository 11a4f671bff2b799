package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.screening.domain.RegisterHit.Protection;

/**
 * PROTECTED_PERSON: a person of the request matches a refugee or asylum entry against a state other
 * than the requesting one. Not blocking, but what the request yields may reach the persecuting
 * state, and the person's data must be handled as a protected person's.
 */
final class ProtectedPersonFromAnotherState implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        String state = request.requestingState();
        List<Finding> findings = new ArrayList<>();
        for (Person person : request.persons()) {
            for (RegisterHit hit : context.registerHits(person)) {
                if (hit.protectionAgainst(state) != Protection.AGAINST_ANOTHER_STATE) {
                    continue;
                }
                String against = hit.entry().persecutingStates().isEmpty()
                        ? "a state the register does not record" : String.join(", ", hit.entry().persecutingStates());
                findings.add(Finding.of(FindingCode.PROTECTED_PERSON, person.ref(), "",
                        hit.evidence(Requests.pointer(request, person) + "/names",
                                Requests.label(person) + " may be " + hit.describeMatch() + ", protected against "
                                        + against + ", not against the requesting state " + state + ".")));
            }
        }
        return findings;
    }
}
