package org.rogatory.transmission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An objection by the affected person or their counsel (return of seized documents, no
 * transmission of a hearing record), recorded by the clerk. It holds back the transmission of the
 * items it names until a judge decides (ROG-OBJECTION-SUSPENDS): upheld, they are withheld;
 * rejected, they may go.
 *
 * @param ruling the judge's decision, or null while it is pending
 */
public record Objection(
        String id,
        String objector,
        Capacity capacity,
        LocalDate receivedOn,
        List<String> items,
        String grounds,
        String recordedBy,
        Instant recordedAt,
        Ruling ruling) {

    public Objection {
        items = List.copyOf(items);
    }

    public boolean pending() {
        return ruling == null;
    }

    public boolean names(String itemId) {
        return items.contains(itemId);
    }

    public enum Capacity {
        AFFECTED_PERSON,
        COUNSEL
    }

    public record Ruling(Outcome outcome, String reasons, String judge, Instant at) {
    }

    public enum Outcome {
        /** The items named are withheld (and returned). */
        UPHELD,
        /** The items named may go, once cleared. */
        REJECTED
    }
}
