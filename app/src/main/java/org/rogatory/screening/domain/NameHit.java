package org.rogatory.screening.domain;

import org.rogatory.matching.Candidate;

/**
 * A name of the request (or of its text) that the matcher found close to a named entry.
 *
 * @param queriedName the name as the request writes it
 */
record NameHit(String queriedName, Candidate candidate) {

    String id() {
        return candidate.registerId();
    }

    double score() {
        return candidate.score();
    }

    String matchedName() {
        return candidate.matchedName();
    }

    /** "'Dinara Kuanishbaeva' ~ 'Dinara Kuanyshbayeva' (0.93: ...)". */
    String describe() {
        String why = candidate.explanation() == null || candidate.explanation().isBlank()
                ? "" : ": " + candidate.explanation();
        return "'" + queriedName + "' ~ '" + candidate.matchedName() + "' ("
                + String.format(java.util.Locale.ROOT, "%.2f", candidate.score()) + why + ")";
    }

    boolean betterThan(NameHit other) {
        return other == null || score() > other.score();
    }
}
