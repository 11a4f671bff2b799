package org.rogatory.matching;

import java.util.function.IntConsumer;

/**
 * How a matcher is built.
 *
 * @param reviewThreshold candidates scoring below it are not returned (in [0, 1])
 * @param rivalMargin     candidates scoring more than this below the best candidate are not returned: when
 *                        one entry fits the name far better, weaker ones are its namesakes (1 keeps all);
 *                        a candidate written in another script than the best holds at 0.9 or more
 * @param maxCandidates   at most this many candidates per query, best first
 * @param progress        told the number of entries indexed so far, every 10,000 and at the end
 */
public record MatcherSettings(double reviewThreshold, double rivalMargin, int maxCandidates, IntConsumer progress) {

    /**
     * The default review threshold, chosen on the development set as the point where recall stays at
     * its plateau while false alarms on people not in the register stay rare (see docs/matching.md and
     * the precision/recall curve in BENCHMARKS.md).
     */
    public static final double DEFAULT_REVIEW_THRESHOLD = 0.84;
    /** The default rival margin, chosen with the threshold on the development set. */
    public static final double DEFAULT_RIVAL_MARGIN = 0.05;

    public MatcherSettings {
        if (reviewThreshold < 0 || reviewThreshold > 1) {
            throw new IllegalArgumentException("review threshold must be in [0, 1]: " + reviewThreshold);
        }
        if (rivalMargin < 0) {
            throw new IllegalArgumentException("rival margin must not be negative: " + rivalMargin);
        }
        if (maxCandidates < 1) {
            throw new IllegalArgumentException("maxCandidates must be at least 1: " + maxCandidates);
        }
        progress = progress == null ? n -> { } : progress;
    }

    public static MatcherSettings defaults() {
        return new MatcherSettings(DEFAULT_REVIEW_THRESHOLD, DEFAULT_RIVAL_MARGIN, 20, null);
    }

    public MatcherSettings withReviewThreshold(double threshold) {
        return new MatcherSettings(threshold, rivalMargin, maxCandidates, progress);
    }

    public MatcherSettings withRivalMargin(double margin) {
        return new MatcherSettings(reviewThreshold, margin, maxCandidates, progress);
    }

    public MatcherSettings withMaxCandidates(int max) {
        return new MatcherSettings(reviewThreshold, rivalMargin, max, progress);
    }

    public MatcherSettings withProgress(IntConsumer listener) {
        return new MatcherSettings(reviewThreshold, rivalMargin, maxCandidates, listener);
    }
}
