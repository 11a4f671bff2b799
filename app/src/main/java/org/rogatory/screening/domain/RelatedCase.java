package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Person;

/**
 * RELATED_CASE: the person or the foreign case is already in another request here, open or
 * closed: a person of the request (or one its text names) is a person of it, or the two share a
 * foreign reference, a cited reference, a foreign case number or a complainant. One finding per
 * earlier request, naming it, its state and its judge; the same accusations may be before
 * another judge.
 */
final class RelatedCase implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        CooperationRequest request = context.request();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        Map<String, String> personRefs = new LinkedHashMap<>();
        Map<String, NameHit> bestHits = new LinkedHashMap<>();
        Map<String, String> triggers = new LinkedHashMap<>();
        for (Person person : request.persons()) {
            for (HistoryHit hit : context.historyHits(person)) {
                String id = hit.earlier().id();
                reasons.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(Requests.label(person) + " may be its " + hit.person().role() + " " + hit.hit().describe());
                personRefs.putIfAbsent(id, person.ref());
                bestHits.putIfAbsent(id, hit.hit());
                triggers.putIfAbsent(id, Requests.pointer(request, person) + "/names");
            }
        }
        for (TextMention mention : context.mentions()) {
            for (HistoryHit hit : mention.history()) {
                String id = hit.earlier().id();
                reasons.computeIfAbsent(id, k -> new ArrayList<>())
                        .add("the request names '" + mention.name() + "', who may be its " + hit.person().role() + " "
                                + hit.hit().describe());
                bestHits.putIfAbsent(id, hit.hit());
                triggers.putIfAbsent(id, mention.trigger());
            }
        }
        for (EarlierRequest earlier : context.reference().history()) {
            List<CaseLinks.Link> links = CaseLinks.between(request, earlier.request());
            if (!links.isEmpty()) {
                links.forEach(link -> reasons.computeIfAbsent(earlier.id(), k -> new ArrayList<>()).add(link.description()));
                triggers.putIfAbsent(earlier.id(), "/foreignReference, /relatedReferences, /facts, /organisations");
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (EarlierRequest earlier : context.reference().history()) {
            List<String> why = reasons.get(earlier.id());
            if (why == null) {
                continue;
            }
            NameHit hit = bestHits.get(earlier.id());
            findings.add(Finding.of(FindingCode.RELATED_CASE, personRefs.get(earlier.id()), "",
                    new Evidence(earlier.id(), hit == null ? null : hit.matchedName(), hit == null ? null : hit.score(),
                            triggers.get(earlier.id()),
                            "Related to " + earlier.describe() + ": " + String.join("; ", why) + ".")));
        }
        return findings;
    }
}
