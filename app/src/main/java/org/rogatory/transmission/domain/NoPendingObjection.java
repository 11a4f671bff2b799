package org.rogatory.transmission.domain;

import java.time.LocalDate;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/**
 * ROG-OBJECTION-SUSPENDS: an objection holds back the transmission until a judge decides it. The
 * whole package waits rather than leaving without the items objected to: a package that quietly
 * leaves something out is decided by nobody.
 */
final class NoPendingObjection implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        return Verdict.blockedIfAny(dossier.objections().stream()
                .filter(Objection::pending)
                .map(objection -> Reason.about("objection-pending", objection.id(), "The objection of "
                        + objection.objector() + " (received " + objection.receivedOn() + ") to "
                        + objection.items().size() + " item(s) awaits the judge's decision."))
                .toList());
    }
}
