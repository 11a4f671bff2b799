package org.rogatory.casework.domain;

import java.util.Optional;

/** What is wrong with what someone proposes (a decision, an execution plan, a report), by JSON pointer into it. */
public record ProposalDefect(String pointer, String detail) {

    /** The most characters a short text (a label, a person's name, a recipient) may have: what the records keep. */
    public static final int SHORT_TEXT = 300;

    /** What is wrong with a required text of at most {@code max} characters: {@code missing} when it is blank. */
    public static Optional<ProposalDefect> ofRequiredText(String pointer, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            return Optional.of(new ProposalDefect(pointer, missing));
        }
        if (value.length() > max) {
            return Optional.of(new ProposalDefect(pointer, "is longer than " + max + " characters"));
        }
        return Optional.empty();
    }
}
