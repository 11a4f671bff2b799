package org.rogatory.transmission;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.casework.Casework;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.execution.Execution;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.IncidentState;
import org.rogatory.transmission.domain.PersonsToNotify;
import org.rogatory.transmission.domain.ResultItem;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gathers a case's {@link Dossier}: its items, the execution's incidents, objections, notification, remedy
 * period, and, while the results are in review, what the items that would leave name.
 */
@Component
class Dossiers {

    private final ResultRecords records;
    private final Execution execution;
    private final Casework casework;
    private final ItemTexts texts;
    private final Period remedyPeriod;

    Dossiers(ResultRecords records, Execution execution, Casework casework, ItemTexts texts,
            @Value("${rogatory.transmission.remedy-period:P15D}") String remedyPeriod) {
        this.records = records;
        this.execution = execution;
        this.casework = casework;
        this.texts = texts;
        this.remedyPeriod = Period.parse(remedyPeriod);
    }

    /**
     * The dossier without what would leave screened: for a view that does not ask whether anything may leave
     * (the objections and the remedy period). Whatever asks {@link Dossier#mayTransmit} takes {@link #toLeave}.
     */
    Dossier of(CaseFile file) {
        return of(file, casework.request(file));
    }

    /** The same, with the request as it stands, which the caller has read already. */
    Dossier of(CaseFile file, CooperationRequest request) {
        PersonsToNotify toNotify = PersonsToNotify.of(request);
        List<ResultRecords.Notification> notifications = records.notifications(file.id()).stream()
                .filter(n -> toNotify.named(n.person()).isPresent())
                .toList();
        // the latest date counts: a later notification (after a first one failed) gives the full period again
        LocalDate notifiedOn = notifications.stream().map(ResultRecords.Notification::notifiedOn)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Dossier(records.itemsOf(file.id()),
                execution.incidentsOf(file).stream().map(i -> new IncidentState(i.id(), i.detail(), i.open())).toList(),
                records.objections(file.id()), notifiedOn,
                toNotify.notYetNotified(notifications.stream().map(ResultRecords.Notification::person).toList()),
                remedyPeriod, Map.of());
    }

    /** The dossier with, while the results are in review, what would leave screened against the register as it is. */
    Dossier toLeave(CaseFile file) {
        CooperationRequest request = casework.request(file);
        Dossier dossier = of(file, request);
        if (file.state() != CaseState.RESULTS_REVIEW) {
            // only then may anything leave: before, nothing is cleared; after, what left is recorded
            return dossier;
        }
        return new Dossier(dossier.items(), dossier.incidents(), dossier.objections(), dossier.notifiedOn(),
                dossier.notYetNotified(), remedyPeriod, namedInWhatLeaves(dossier, request));
    }

    /**
     * Each item that would leave, screened in the version that would leave against the register as it is now,
     * with its label, which leaves too (in the manifest, the file's name and the cover letter).
     */
    private Map<String, List<ItemFinding>> namedInWhatLeaves(Dossier dossier, CooperationRequest request) {
        Map<String, List<ItemFinding>> named = new HashMap<>();
        for (Dossier.Outgoing out : dossier.outgoing()) {
            ResultItem item = out.item();
            String text = (out.version() == Dossier.Version.REDACTED ? records.redactedText(item.id())
                    : records.text(item.id())).orElse("");
            List<ItemFinding> found = texts.findings(item.id(), item.label() + "\n" + text, request);
            if (!found.isEmpty()) {
                named.put(item.id(), found);
            }
        }
        return named;
    }
}
