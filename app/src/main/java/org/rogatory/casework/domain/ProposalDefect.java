package org.rogatory.casework.domain;

/** What is wrong with a proposed decision, by JSON pointer into the proposal. */
public record ProposalDefect(String pointer, String detail) {
}
