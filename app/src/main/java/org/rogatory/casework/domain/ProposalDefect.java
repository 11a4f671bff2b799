package org.rogatory.casework.domain;

/** What is wrong with what someone proposes (a decision, an execution plan, a report), by JSON pointer into it. */
public record ProposalDefect(String pointer, String detail) {
}
