package org.rogatory.transmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.transmission.domain.Dossier;
import org.rogatory.transmission.domain.PersonsToNotify;
import org.rogatory.transmission.domain.ItemStatus;
import org.rogatory.transmission.domain.Objection;
import org.rogatory.transmission.domain.ResultItem;
import org.rogatory.transmission.domain.ResultItem.Content;
import org.rogatory.transmission.domain.ResultItem.ItemFinding;
import org.rogatory.transmission.domain.ResultItem.ItemKind;
import org.rogatory.transmission.domain.Review;

/**
 * What the results, objections and transmission resources answer with. None of them carries an
 * item's content: that is read only through the content resource, by those who work on it, and
 * leaves only in the transmission's package.
 */
public final class TransmissionViews {

    private TransmissionViews() {
    }

    /** A result item: what it is, its content's hash, the protected persons it names, where its review stands. */
    public record ItemView(
            String id,
            int number,
            ItemKind kind,
            String label,
            String description,
            String placeFound,
            Content content,
            List<ItemFinding> findings,
            ItemStatus status,
            Review review,
            String withheldBy) {

        static ItemView of(ResultItem item) {
            return new ItemView(item.id(), item.number(), item.kind(), item.label(), item.description(),
                    item.placeFound(), item.content(), item.findings(), item.status(), item.review(), item.withheldBy());
        }
    }

    /**
     * {@code GET /requests/{id}/results}: the items, and what holds back their submission (while
     * EXECUTED) or their transmission (while RESULTS_REVIEW).
     */
    public record ResultsView(CaseState state, List<ItemView> items, List<ReasonView> blockers) {
    }

    public record NotificationView(String id, String person, LocalDate notifiedOn, String recordedBy,
            Instant recordedAt) {

        static NotificationView of(ResultRecords.Notification n) {
            return new NotificationView(n.id(), n.person(), n.notifiedOn(), n.recordedBy(), n.recordedAt());
        }
    }

    public record ObjectionView(String id, String objector, Objection.Capacity capacity, LocalDate receivedOn,
            List<String> items, String grounds, String recordedBy, Instant recordedAt, boolean pending,
            ObjectionRulingView ruling) {

        static ObjectionView of(Objection o) {
            Objection.Ruling ruling = o.ruling();
            return new ObjectionView(o.id(), o.objector(), o.capacity(), o.receivedOn(), o.items(), o.grounds(),
                    o.recordedBy(), o.recordedAt(), o.pending(), ruling == null ? null
                            : new ObjectionRulingView(ruling.outcome(), ruling.reasons(), ruling.judge(), ruling.at()));
        }
    }

    /** The judge's ruling on an objection. */
    public record ObjectionRulingView(Objection.Outcome outcome, String reasons, String judge, Instant at) {
    }

    /**
     * {@code GET /requests/{id}/objections}: the notifications of the affected person, the last day
     * of the remedy period, and the objections with the judge's rulings.
     */
    /**
     * @param persons        everyone of the request, whom a notification may name
     * @param notYetNotified those the measures concern who are not notified yet (where no measure names anyone
     *                       and nobody is notified yet: everyone, any one of whom will do)
     */
    public record ObjectionsView(List<NotificationView> notifications, List<PersonsToNotify.Concerned> persons,
            List<PersonsToNotify.Concerned> notYetNotified, LocalDate remedyPeriodEnds, List<ObjectionView> objections) {
    }

    /**
     * {@code GET /requests/{id}/transmission}: what would leave (items and versions, no content),
     * what holds it back, and once sent what left, with its hashes.
     */
    public record TransmissionView(CaseState state, List<OutgoingView> outgoing, List<ReasonView> blockers,
            LocalDate remedyPeriodEnds, SentPackage sent) {
    }

    public record OutgoingView(String itemId, int number, String label, Dossier.Version version) {

        static OutgoingView of(Dossier.Outgoing outgoing) {
            return new OutgoingView(outgoing.item().id(), outgoing.item().number(), outgoing.item().label(),
                    outgoing.version());
        }
    }
}
