package org.rogatory.transmission.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;

/**
 * Everything that decides whether the results of a case may leave and which: the items with their
 * reviews, the incidents of the execution, the objections, when the affected person was notified
 * and the remedy period that runs from then, and the protected persons that what would leave names.
 *
 * @param notifiedOn        the latest notification of someone of the request, or null while there is none
 * @param notYetNotified    those the measures concern who are not notified yet ({@link PersonsToNotify})
 * @param namedInWhatLeaves by item id, the protected persons the version of an item that would leave names,
 *                          screened against the register as it is now (not as it was when the item was
 *                          uploaded or reviewed); items naming nobody may be left out
 */
public record Dossier(List<ResultItem> items, List<IncidentState> incidents, List<Objection> objections,
        LocalDate notifiedOn, List<PersonsToNotify.Concerned> notYetNotified, Period remedyPeriod,
        Map<String, List<ItemFinding>> namedInWhatLeaves) {

    public Dossier {
        items = List.copyOf(items);
        incidents = List.copyOf(incidents);
        objections = List.copyOf(objections);
        notYetNotified = List.copyOf(notYetNotified);
        namedInWhatLeaves = Map.copyOf(namedInWhatLeaves);
    }

    /**
     * The last day of the remedy period: the affected person has the whole period after the day of
     * notification to go to court; transmission may happen from the day after.
     */
    public Optional<LocalDate> remedyPeriodEnds() {
        return Optional.ofNullable(notifiedOn).map(d -> d.plus(remedyPeriod));
    }

    /** NOTHING_HOLDS_BACK_TRANSMISSION on this dossier, today. */
    public org.rogatory.casework.domain.Verdict mayTransmit(LocalDate today) {
        return TransmissionPolicy.checkAll(this, today);
    }

    public Optional<ResultItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** What would leave, in item order: the originals of cleared items, the redacted versions of redacted ones. */
    public List<Outgoing> outgoing() {
        return items.stream()
                .filter(item -> item.status().mayLeave())
                .sorted(Comparator.comparingInt(ResultItem::number))
                .map(item -> new Outgoing(item, item.status() == ItemStatus.REDACTED ? Version.REDACTED : Version.ORIGINAL))
                .toList();
    }

    /** An item in the package, in the version that may leave. */
    public record Outgoing(ResultItem item, Version version) {
    }

    public enum Version {
        ORIGINAL,
        REDACTED
    }
}
