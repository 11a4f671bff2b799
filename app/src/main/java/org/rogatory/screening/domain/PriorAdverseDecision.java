package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * PRIOR_ADVERSE_DECISION: a person of the request, or one its text names, has a decision
 * concerning the requesting state: extradition or assistance refused, asylum granted, a UN
 * arbitrary-detention opinion, an ECtHR judgment, Interpol data deleted. A decision about the
 * person and another state is no evidence about this one.
 */
final class PriorAdverseDecision implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        String state = request.requestingState();
        List<Finding> findings = new ArrayList<>();
        for (Person person : request.persons()) {
            for (DecisionHit hit : context.decisionHits(person)) {
                if (hit.decision().concerns(state)) {
                    findings.add(Finding.of(FindingCode.PRIOR_ADVERSE_DECISION, person.ref(), "",
                            hit.evidence(Requests.pointer(request, person) + "/names", Requests.label(person)
                                    + " may be the subject of " + hit.describe() + ". " + summary(hit))));
                }
            }
        }
        Set<String> reported = new HashSet<>();
        for (TextMention mention : context.mentions()) {
            for (DecisionHit hit : mention.decisions()) {
                if (hit.decision().concerns(state) && reported.add(hit.decision().id())) {
                    findings.add(Finding.of(FindingCode.PRIOR_ADVERSE_DECISION, null, "",
                            hit.evidence(mention.trigger(), "The request names '" + mention.name()
                                    + "', who may be the subject of " + hit.describe() + ". " + summary(hit))));
                }
            }
        }
        return findings;
    }

    private static String summary(DecisionHit hit) {
        String summary = hit.decision().summary();
        return summary == null || summary.isBlank() ? "" : summary.strip();
    }
}
