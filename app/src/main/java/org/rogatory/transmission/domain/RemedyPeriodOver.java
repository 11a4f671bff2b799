package org.rogatory.transmission.domain;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/**
 * EIO-14-1, ROG-OBJECTION-SUSPENDS: everyone the measures concern is notified and the remedy period
 * after the latest notification has run out before anything leaves, so that a remedy can still stop it.
 */
final class RemedyPeriodOver implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        if (dossier.notifiedOn() == null) {
            return Verdict.blocked(Reason.of("affected-person-not-notified",
                    "The affected person has not been notified: the remedy period has not begun."));
        }
        if (!dossier.notYetNotified().isEmpty()) {
            return Verdict.blocked(Reason.of("affected-person-not-notified", "Not notified yet: "
                    + dossier.notYetNotified().stream().map(c -> c.name() + " (" + c.ref() + ")")
                            .collect(Collectors.joining(", "))
                    + ". The remedy period runs for everyone a measure concerns."));
        }
        LocalDate ends = dossier.remedyPeriodEnds().orElseThrow();
        if (!today.isAfter(ends)) {
            return Verdict.blocked(Reason.of("remedy-period-running", "The remedy period after the notification of "
                    + dossier.notifiedOn() + " runs until " + ends + " inclusive."));
        }
        return Verdict.ALLOWED;
    }
}
