package org.rogatory.screening.domain;

import java.util.List;

/**
 * A name found in the request's free text that is none of the request's persons but that the
 * matcher found in the register, the decisions or the history.
 *
 * @param field     JSON pointer of the text it was found in, e.g. {@code /facts}
 * @param birthDate the birth date the text gives right after the name, or null
 */
record TextMention(String name, String field, String birthDate, List<RegisterHit> register,
        List<DecisionHit> decisions, List<HistoryHit> history) {

    String trigger() {
        return field + ": \"" + name + "\"" + (birthDate == null ? "" : " (born " + birthDate + ")");
    }
}
