package org.rogatory.transmission.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;

/**
 * Whether a review may be recorded (ROG-PRIVILEGE-REVIEW, ROG-THIRD-PARTY-DATA): an item is reviewed
 * on its content; an item naming other protected persons is never cleared as it is, only redacted
 * (and the redacted text must no longer name them) or withheld; what the judge withheld on an
 * objection stays withheld.
 */
public final class ItemReview {

    private ItemReview() {
    }

    /**
     * @param named register ids of the protected persons the version that would leave names, by the register
     *              as it is now: the original for CLEARED, the redacted text for REDACTED
     */
    public static Verdict check(ResultItem item, Review.Decision decision, Set<String> named) {
        List<Reason> reasons = new ArrayList<>();
        if (item.content() == null) {
            reasons.add(Reason.about("item-without-content", item.id(),
                    "Item " + item.number() + " has no content yet: it is reviewed on what it contains."));
        }
        if (item.withheldBy() != null && decision != Review.Decision.WITHHELD) {
            reasons.add(Reason.about("withheld-by-judge", item.id(), "Item " + item.number()
                    + " is withheld by the judge's ruling on objection " + item.withheldBy() + "."));
        }
        for (ItemFinding finding : item.findings()) {
            if (decision == Review.Decision.CLEARED) {
                reasons.add(new Reason("item-finding-unresolved", finding.id(), "Item " + item.number() + " names \""
                        + finding.mention() + "\" (register " + finding.registerId() + ", " + finding.matchedName()
                        + "): redact the name or withhold the item.", item.id()));
            } else if (decision == Review.Decision.REDACTED && named.contains(finding.registerId())) {
                reasons.add(new Reason("name-still-in-redacted-text", finding.id(), "The redacted version of item "
                        + item.number() + " still names " + finding.matchedName() + " (register "
                        + finding.registerId() + ").", item.id()));
            }
        }
        // what leaves must name no protected person, not only none the upload named: the register may have
        // grown since, and a redaction may bring in a name
        Set<String> found = new HashSet<>();
        item.findings().forEach(f -> found.add(f.registerId()));
        for (String registerId : named) {
            if (found.contains(registerId)) {
                continue;
            }
            if (decision == Review.Decision.REDACTED) {
                reasons.add(Reason.about("name-in-redacted-text", item.id(), "The redacted version of item "
                        + item.number() + " names a protected person (register " + registerId
                        + ") that is not among the item's findings: redact the name or withhold the item."));
            } else if (decision == Review.Decision.CLEARED) {
                reasons.add(Reason.about("item-names-newly-protected-person", item.id(), "Item " + item.number()
                        + " names a protected person (register " + registerId + ") whom the register did not hold "
                        + "when its content was screened: redact the name or withhold the item."));
            }
        }
        return Verdict.blockedIfAny(reasons);
    }
}
