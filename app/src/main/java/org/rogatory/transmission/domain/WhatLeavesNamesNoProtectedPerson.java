package org.rogatory.transmission.domain;

import java.time.LocalDate;
import java.util.List;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/**
 * ROG-THIRD-PARTY-DATA when the results leave: the register grows while a case waits (a refugee
 * recognised, a lawyer enrolled), and an item cleared or redacted before then was reviewed against
 * the register as it was. What would leave is screened again against the register as it is; a
 * protected person it names holds it back until the item is reviewed again.
 */
final class WhatLeavesNamesNoProtectedPerson implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        return Verdict.blockedIfAny(dossier.outgoing().stream()
                .flatMap(out -> dossier.namedInWhatLeaves().getOrDefault(out.item().id(), List.of()).stream()
                        .map(named -> new Reason("outgoing-item-names-protected-person", named.id(), "Item "
                                + out.item().number() + " as it would leave (" + out.version() + ") names \""
                                + named.mention() + "\" (register " + named.registerId() + ", " + named.matchedName()
                                + "), whom the register protects now: review the item again, redacting the name or "
                                + "withholding the item.", out.item().id())))
                .toList());
    }
}
