package org.rogatory.execution.domain;

import java.time.Instant;
import org.rogatory.access.Language;

/**
 * The notice to a bar president of a search in a lawyer's premises, for one plan. Its key (case,
 * plan, bar) makes sending it again safe: a notice once delivered is never sent twice.
 *
 * @param status     where sending stands; FAILED keeps the error so the failure shows on the case
 * @param deliveredAt when the SMTP server accepted it, or null
 * @param answer     the bar's answer as the clerk recorded it from the mail received, or null
 */
public record BarNotice(
        String id,
        String planId,
        String barId,
        String key,
        Language language,
        Status status,
        int attempts,
        String lastError,
        Instant deliveredAt,
        Answer answer) {

    public static String key(String caseId, String planId, String barId) {
        return caseId + "/" + planId + "/" + barId;
    }

    public boolean delivered() {
        return status == Status.DELIVERED;
    }

    public enum Status {
        /** Prepared, not yet handed to the mail server. */
        PENDING,
        /** Being handed to the mail server by one request; others leave it alone. */
        SENDING,
        DELIVERED,
        FAILED
    }

    /** Whether the bar president attends, sends a delegate or declines, with the clerk who recorded it. */
    public record Answer(BarAnswer answer, String note, String recordedBy, Instant recordedAt) {
    }

    public enum BarAnswer {
        ATTENDS,
        DELEGATE,
        DECLINES
    }
}
