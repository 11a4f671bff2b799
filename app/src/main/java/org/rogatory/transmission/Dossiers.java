package org.rogatory.transmission;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.execution.Execution;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.IncidentState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gathers a case's {@link Dossier}: its items, the execution's incidents, objections, notification, remedy period. */
@Component
class Dossiers {

    private final ResultRecords records;
    private final Execution execution;
    private final Period remedyPeriod;

    Dossiers(ResultRecords records, Execution execution,
            @Value("${rogatory.transmission.remedy-period:P15D}") String remedyPeriod) {
        this.records = records;
        this.execution = execution;
        this.remedyPeriod = Period.parse(remedyPeriod);
    }

    Dossier of(CaseFile file) {
        // the latest date counts: a later notification (to counsel, after a first one failed) gives the full period again
        LocalDate notifiedOn = records.notifications(file.id()).stream().map(ResultRecords.Notification::notifiedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Dossier(records.itemsOf(file.id()),
                execution.incidentsOf(file).stream().map(i -> new IncidentState(i.id(), i.detail(), i.open())).toList(),
                records.objections(file.id()), notifiedOn, remedyPeriod);
    }
}
