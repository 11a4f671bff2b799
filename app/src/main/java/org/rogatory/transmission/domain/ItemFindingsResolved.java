package org.rogatory.transmission.domain;

import java.time.LocalDate;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/** ROG-THIRD-PARTY-DATA: a name of another protected person in an item stands until it is redacted or the item withheld. */
final class ItemFindingsResolved implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        return Verdict.blockedIfAny(dossier.items().stream()
                .filter(item -> !item.findingsResolved())
                .flatMap(item -> item.findings().stream().map(finding -> new Reason("item-finding-unresolved",
                        finding.id(), "Item " + item.number() + " names \"" + finding.mention() + "\" (register "
                                + finding.registerId() + "): it must be redacted or the item withheld.", item.id())))
                .toList());
    }
}
