package org.rogatory.transmission.domain;

import java.time.LocalDate;
import java.util.List;
import org.rogatory.casework.domain.Verdict;

/** A named rule that may hold back the transmission; each says every reason at once. */
public interface TransmissionPolicy {

    Verdict check(Dossier dossier, LocalDate today);

    /** NOTHING_HOLDS_BACK_TRANSMISSION: every rule, in the order the judge reads their reasons. */
    static List<TransmissionPolicy> all() {
        return List.of(
                new EveryItemReviewed(),
                new ItemFindingsResolved(),
                new WhatLeavesNamesNoProtectedPerson(),
                new NoOpenIncident(),
                new NoPendingObjection(),
                new RemedyPeriodOver());
    }

    static Verdict checkAll(Dossier dossier, LocalDate today) {
        return Verdict.all(all().stream().map(p -> p.check(dossier, today)).toList());
    }
}
