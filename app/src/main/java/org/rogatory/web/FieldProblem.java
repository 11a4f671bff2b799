package org.rogatory.web;

/**
 * One bad field of a request body: where it is (RFC 6901 JSON pointer, {@code ""} for the whole
 * document) and what is wrong with it.
 */
public record FieldProblem(String pointer, String detail) {
}
