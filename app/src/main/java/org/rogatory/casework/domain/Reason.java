package org.rogatory.casework.domain;

/**
 * Why a move is blocked: a stable code (a UI may translate it as {@code reason.<code>}), the
 * finding concerned if any, and a sentence for the person who asked.
 */
public record Reason(String code, String findingId, String detail) {

    public static Reason of(String code, String detail) {
        return new Reason(code, null, detail);
    }
}
