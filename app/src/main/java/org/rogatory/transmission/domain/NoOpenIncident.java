package org.rogatory.transmission.domain;

import java.time.LocalDate;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/** An incident of the execution holds back the transmission until the judge rules on it with reasons. */
final class NoOpenIncident implements TransmissionPolicy {

    @Override
    public Verdict check(Dossier dossier, LocalDate today) {
        return Verdict.blockedIfAny(dossier.incidents().stream()
                .filter(IncidentState::open)
                .map(incident -> Reason.about("incident-open", incident.id(),
                        "Incident awaiting the judge's ruling: " + incident.detail()))
                .toList());
    }
}
