package org.rogatory.matching;

import java.util.List;

/**
 * How far above the review threshold a name must now be able to score to be reported. A candidate is
 * reported only within the rival margin of the best one, or at {@link IndexedNameMatcher#HOLDS_ACROSS_SCRIPTS}
 * in another script; the best only rises as names are scored, so once a strong candidate is scored the
 * names that could not come near it need not be. A common name in a register of a million (Ha Jin) reaches
 * thousands of namesakes, most of which can score no better than those left out this way (docs/matching.md).
 * Thread-safe: the threads that score one query's names side by side share it.
 */
final class RivalFloor {

    /** Reported scores are rounded to three decimals, which may lift a score by half a thousandth. */
    private static final double ROUNDING = 0.001;

    private final NameQuery query;
    private final List<RegisterEntry> entries;
    private final double threshold;
    private final double rivalMargin;
    private final float mostAdded;
    /** The best score of a candidate, birth date and nationality counted. */
    private volatile double best;
    private volatile double raise;

    RivalFloor(NameQuery query, List<RegisterEntry> entries, double threshold, double rivalMargin) {
        this.query = query;
        this.entries = entries;
        this.threshold = threshold;
        this.rivalMargin = rivalMargin;
        this.mostAdded = PersonEvidence.mostAdded(query);
    }

    /** How much above the review threshold a candidate must now score to be reported. */
    double raise() {
        return raise;
    }

    /** A name of {@code entry} scored {@code nameScore}. */
    void offer(int entry, float nameScore) {
        if (nameScore + mostAdded <= best) {
            return;
        }
        double score = Math.min(1, nameScore + PersonEvidence.of(query, entries.get(entry)).delta());
        synchronized (this) {
            if (score > best) {
                best = score;
                double floor = Math.min(best - rivalMargin, IndexedNameMatcher.HOLDS_ACROSS_SCRIPTS) - ROUNDING;
                raise = Math.max(0, floor - threshold);
            }
        }
    }
}
