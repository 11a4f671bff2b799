package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.screening.domain.RegisterHit.Protection;

/**
 * REFUGEE_FROM_REQUESTING_STATE: a person of the request matches a refugee, subsidiary-protection
 * or asylum-applicant entry whose persecuting states include the requesting state. Protection
 * against another state is {@link ProtectedPersonFromAnotherState}.
 */
final class RefugeeFromRequestingState implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        String state = request.requestingState();
        List<Finding> findings = new ArrayList<>();
        for (Person person : request.persons()) {
            for (RegisterHit hit : context.registerHits(person)) {
                if (hit.protectionAgainst(state) != Protection.AGAINST_REQUESTING_STATE) {
                    continue;
                }
                String persecutors = hit.entry().persecutingStates().isEmpty()
                        ? " The register records no persecuting state; the entry is a national of " + state + "."
                        : "";
                findings.add(Finding.of(FindingCode.REFUGEE_FROM_REQUESTING_STATE, person.ref(), "",
                        hit.evidence(Requests.pointer(request, person) + "/names",
                                Requests.label(person) + " may be " + hit.describeMatch() + ". The request comes from "
                                        + state + ", the state this person is protected against." + persecutors)));
            }
        }
        return findings;
    }
}
