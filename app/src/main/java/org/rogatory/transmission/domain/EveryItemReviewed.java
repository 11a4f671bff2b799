package org.rogatory.transmission.domain;

import java.time.LocalDate;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/** ROG-PRIVILEGE-REVIEW: no item leaves, and no package is made, while an item awaits the independent review. */
final class EveryItemReviewed implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        return Verdict.blockedIfAny(dossier.items().stream()
                .filter(item -> item.status() == ItemStatus.UNREVIEWED)
                .map(item -> Reason.about("item-not-reviewed", item.id(), "Item " + item.number() + " ("
                        + item.label() + ") is not reviewed: it must be cleared, redacted or withheld."))
                .toList());
    }
}
