package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * HUMAN_RIGHTS_DEFENDER: a person matches a human-rights-defender entry of the register, or the
 * request describes the person's work as human-rights work.
 */
final class HumanRightsDefender implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        List<Finding> findings = new ArrayList<>();
        for (Person person : request.persons()) {
            String pointer = Requests.pointer(request, person);
            boolean found = false;
            for (RegisterHit hit : context.registerHits(person)) {
                if (hit.is(RegisterCategory.HUMAN_RIGHTS_DEFENDER)) {
                    found = true;
                    findings.add(Finding.of(FindingCode.HUMAN_RIGHTS_DEFENDER, person.ref(), "",
                            hit.evidence(pointer + "/names", Requests.label(person) + " may be " + hit.describeMatch()
                                    + ", a human-rights defender: check that the request does not punish that work.")));
                }
            }
            if (!found && Professions.namesHumanRightsWork(person.profession())) {
                findings.add(Finding.of(FindingCode.HUMAN_RIGHTS_DEFENDER, person.ref(), "",
                        Evidence.fromRequest(pointer + "/profession", Requests.label(person) + " is described as \""
                                + person.profession() + "\": check that the request does not punish that work.")));
            }
        }
        return findings;
    }
}
