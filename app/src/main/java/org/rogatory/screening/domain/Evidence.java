package org.rogatory.screening.domain;

/**
 * What a finding rests on, so an officer can judge it in a minute: the register entry (or decision,
 * or earlier request) and the name that matched, with score, or the text or field of the request
 * that triggered it, and a one-line explanation that says when reference data was missing.
 * Every part is optional; a rule fills what it knows.
 */
public record Evidence(String registerId, String matchedName, Double score, String trigger, String explanation) {

    public static Evidence fromRequest(String field, String explanation) {
        return new Evidence(null, null, null, field, explanation);
    }

    Evidence withTrigger(String newTrigger, String newExplanation) {
        return new Evidence(registerId, matchedName, score, newTrigger, newExplanation);
    }
}
