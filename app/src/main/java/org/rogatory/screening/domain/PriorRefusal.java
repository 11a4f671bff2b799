package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * PRIOR_REFUSAL: a person of the request was the subject of a request refused here: an earlier
 * request in the history that ended REFUSED, or an extradition or assistance refusal decided by
 * the forum state. A request that cites a refused one as related is in the same position. A
 * refusal elsewhere is an adverse decision, not a refusal here. One finding a person, naming every
 * refusal found: the history's refused request and the register of decisions often record the same
 * refusal, which an officer should not answer twice.
 */
final class PriorRefusal implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        String forum = context.config().forumState();
        List<Finding> findings = new ArrayList<>();
        Set<String> refusedCovered = new HashSet<>();
        for (Person person : request.persons()) {
            String trigger = Requests.pointer(request, person) + "/names";
            List<Evidence> refusals = new ArrayList<>();
            for (HistoryHit hit : context.historyHits(person)) {
                if (hit.earlier().wasRefused()) {
                    refusedCovered.add(hit.earlier().id());
                    refusals.add(new Evidence(hit.earlier().id(), hit.hit().matchedName(), hit.hit().score(), trigger,
                            Requests.label(person) + " may be the " + hit.person().role() + " of "
                                    + hit.earlier().describe() + ", refused here: " + hit.hit().describe() + "."));
                }
            }
            for (DecisionHit hit : context.decisionHits(person)) {
                if (hit.decision().isRefusalBy(forum)) {
                    refusals.add(hit.evidence(trigger, Requests.label(person) + " may be the subject of "
                            + hit.describe() + ", a refusal by " + forum + "."));
                }
            }
            if (!refusals.isEmpty()) {
                Evidence first = refusals.get(0);
                findings.add(Finding.of(FindingCode.PRIOR_REFUSAL, person.ref(), "", first.withTrigger(trigger,
                        String.join(" ", refusals.stream().map(Evidence::explanation).toList()))));
            }
        }
        for (EarlierRequest earlier : context.reference().history()) {
            if (!earlier.wasRefused() || refusedCovered.contains(earlier.id())) {
                continue;
            }
            List<String> links = CaseLinks.between(request, earlier.request()).stream()
                    .filter(CaseLinks.Link::sameCase).map(CaseLinks.Link::description).toList();
            if (!links.isEmpty()) {
                findings.add(Finding.of(FindingCode.PRIOR_REFUSAL, null, "",
                        new Evidence(earlier.id(), null, null, "/foreignReference, /relatedReferences, /facts",
                                "The same case was refused here: " + earlier.describe() + "; "
                                        + String.join("; ", links) + ".")));
            }
        }
        return findings;
    }
}
