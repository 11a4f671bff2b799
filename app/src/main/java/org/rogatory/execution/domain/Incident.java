package org.rogatory.execution.domain;

import java.time.Instant;

/**
 * Something at the execution that should not have happened: someone present who was not
 * authorised, a foreign official who did more than observe, a seizure no judge authorised, a search
 * before the time the bar president was told, or what the report declares. It holds
 * back the transmission of the results until the judge rules on it, with reasons.
 *
 * @param subject who or what it concerns ({@code present/2}: the third person of the report)
 * @param ruling  the judge's ruling, or null while it is open
 */
public record Incident(String id, Kind kind, String subject, String detail, Instant openedAt, Ruling ruling) {

    public boolean open() {
        return ruling == null;
    }

    public enum Kind {
        UNAUTHORISED_PRESENCE,
        FOREIGN_OFFICIAL_HANDLED_MATERIAL,
        SEIZURE_NOT_AUTHORISED,
        EXECUTED_BEFORE_ANNOUNCED_TIME,
        REPORTED
    }

    public record Ruling(String judge, Instant at, String reasons) {
    }

    /** An incident the report opens, before it has an id. */
    public record Opened(Kind kind, String subject, String detail) {
    }
}
