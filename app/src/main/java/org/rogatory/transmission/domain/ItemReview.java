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
     * @param stillNamed register ids of the protected persons the redacted text still names (for REDACTED)
     */
    public static Verdict check(ResultItem item, Review.Decision decision, Set<String> stillNamed) {
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
            } else if (decision == Review.Decision.REDACTED && stillNamed.contains(finding.registerId())) {
                reasons.add(new Reason("name-still-in-redacted-text", finding.id(), "The redacted version of item "
                        + item.number() + " still names " + finding.matchedName() + " (register "
                        + finding.registerId() + ").", item.id()));
            }
        }
        if (decision == Review.Decision.REDACTED) {
            // a redacted text is what leaves: it must name no protected person, not only none the original named
            Set<String> found = new HashSet<>();
            item.findings().forEach(f -> found.add(f.registerId()));
            for (String registerId : stillNamed) {
                if (!found.contains(registerId)) {
                    reasons.add(Reason.about("name-in-redacted-text", item.id(), "The redacted version of item "
                            + item.number() + " names a protected person (register " + registerId
                            + ") the original did not: redact the name or withhold the item."));
                }
            }
        }
        return Verdict.blockedIfAny(reasons);
    }
}
