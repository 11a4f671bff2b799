package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ASSOCIATE_OF_PROTECTED_PERSON: the free text (facts, organisation names, address lines, measure
 * details) names someone other than the request's persons who is in the register, or who has an
 * adverse decision concerning the requesting state. Their data will sit in what the request
 * yields; the request may also be aimed at them through the person it names. One finding per
 * register entry or decision, however often the text names them.
 */
final class AssociateOfProtectedPerson implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        String state = context.request().requestingState();
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (TextMention mention : context.mentions()) {
            List<DecisionHit> adverse = mention.decisions().stream().filter(d -> d.decision().concerns(state)).toList();
            for (RegisterHit hit : mention.register()) {
                if (!reported.add(hit.entry().id())) {
                    continue;
                }
                String decisions = adverse.stream().filter(d -> hit.entry().id().equals(d.via()) || d.via() == null)
                        .map(d -> d.decision().id()).collect(Collectors.joining(", "));
                findings.add(Finding.of(FindingCode.ASSOCIATE_OF_PROTECTED_PERSON, null, "",
                        hit.evidence(mention.trigger(), "The request names " + hit.hit().describe() + ", register entry "
                                + hit.describe() + ", who is not a person of the request"
                                + (decisions.isEmpty() ? "" : "; see also " + decisions) + ".")));
            }
            if (!mention.register().isEmpty()) {
                continue;
            }
            for (DecisionHit decision : adverse) {
                if (!reported.add(decision.decision().id())) {
                    continue;
                }
                findings.add(Finding.of(FindingCode.ASSOCIATE_OF_PROTECTED_PERSON, null, "",
                        decision.evidence(mention.trigger(), "The request names " + decision.hit().describe()
                                + ", not in the register but subject of " + decision.decision().describe() + ".")));
            }
        }
        return findings;
    }
}
