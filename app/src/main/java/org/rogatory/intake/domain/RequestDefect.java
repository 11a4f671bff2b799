package org.rogatory.intake.domain;

/** Something JSON Schema cannot see but a request must not have, by JSON pointer. */
public record RequestDefect(String pointer, String detail) {
}
