package org.rogatory.transmission.domain;

import java.util.List;

/**
 * One result of the execution that may leave the country: a seized document, the copy of a data
 * carrier, a hearing record, a bank record. Reviewed before anything leaves (DESIGN.md §6).
 *
 * @param number      1, 2, 3... within the case, for people
 * @param placeFound  where it was seized, or null
 * @param content     what was uploaded, or null while it awaits its content
 * @param findings    names of protected persons its text mentions, other than the request's persons
 * @param review      the latest review, or null
 * @param withheldBy  the objection whose upholding withholds it (the judge's ruling), or null
 */
public record ResultItem(
        String id,
        int number,
        ItemKind kind,
        String label,
        String description,
        String placeFound,
        Content content,
        List<ItemFinding> findings,
        Review review,
        String withheldBy) {

    public ResultItem {
        findings = List.copyOf(findings);
    }

    public ItemStatus status() {
        if (withheldBy != null) {
            return ItemStatus.WITHHELD;
        }
        if (review == null) {
            return ItemStatus.UNREVIEWED;
        }
        return switch (review.decision()) {
            case CLEARED -> ItemStatus.CLEARED;
            case REDACTED -> ItemStatus.REDACTED;
            case WITHHELD -> ItemStatus.WITHHELD;
        };
    }

    /** Its findings stand until the item is redacted (and the redaction removed them) or withheld. */
    public boolean findingsResolved() {
        ItemStatus status = status();
        return findings.isEmpty() || status == ItemStatus.REDACTED || status == ItemStatus.WITHHELD;
    }

    public ResultItem reviewed(Review latest) {
        return new ResultItem(id, number, kind, label, description, placeFound, content, findings, latest, withheldBy);
    }

    public ResultItem withheldBy(String objectionId) {
        return new ResultItem(id, number, kind, label, description, placeFound, content, findings, review, objectionId);
    }

    public ResultItem withContent(Content uploaded, List<ItemFinding> found) {
        return new ResultItem(id, number, kind, label, description, placeFound, uploaded, found, review, withheldBy);
    }

    public enum ItemKind {
        SEIZED_DOCUMENT,
        DATA_CARRIER_COPY,
        HEARING_RECORD,
        BANK_RECORD,
        /** A document a third party (a company, an authority) produced on request (DOCUMENT_PRODUCTION). */
        PRODUCED_DOCUMENT;

        /** Whether an item of this kind may be added after the report: what was produced, not seized. */
        public boolean addedAfterTheReport() {
            return this == HEARING_RECORD || this == BANK_RECORD || this == PRODUCED_DOCUMENT;
        }
    }

    /**
     * What was uploaded: the original as it came (text or PDF) and its SHA-256; the text is what
     * is screened and what a redaction starts from.
     */
    public record Content(String mediaType, String sha256, long size) {
    }

    /**
     * A name in the item's text that the matcher found in a register of protected persons: a
     * client, a fellow activist, a source (ROG-THIRD-PARTY-DATA). Resolved only by redacting it or
     * withholding the item.
     */
    public record ItemFinding(String id, String registerId, String matchedName, String mention, double score) {
    }
}
