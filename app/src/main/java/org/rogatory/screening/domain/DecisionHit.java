package org.rogatory.screening.domain;

/**
 * A prior decision whose names may be the person's.
 *
 * @param via the register entry through which it was reached, or null when the names met directly
 */
record DecisionHit(PriorDecision decision, NameHit hit, String via) {

    Evidence evidence(String trigger, String explanation) {
        return new Evidence(decision.id(), hit.matchedName(), hit.score(), trigger, explanation);
    }

    String describe() {
        return decision.describe() + ", names " + hit.describe() + (via == null ? "" : " via register entry " + via);
    }
}
