package org.rogatory.casework.domain;

/**
 * Why a move is blocked: a stable code (a UI may translate it as {@code reason.<code>}), the
 * finding concerned if any, a sentence for the person who asked, and what else it concerns if
 * anything (an item, an incident, an objection, a place of the execution plan), by id.
 */
public record Reason(String code, String findingId, String detail, String subject) {

    public Reason(String code, String findingId, String detail) {
        this(code, findingId, detail, null);
    }

    public static Reason of(String code, String detail) {
        return new Reason(code, null, detail, null);
    }

    /** A reason about something other than a finding: an item, an incident, an objection. */
    public static Reason about(String code, String subject, String detail) {
        return new Reason(code, null, detail, subject);
    }
}
