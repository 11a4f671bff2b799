package org.rogatory.oversight.domain;

/**
 * A published count: exact, or hidden so that no request can be singled out
 * ({@link SmallCountSuppression}).
 */
public sealed interface Count {

    /** Shown as it is. */
    record Exact(long value) implements Count {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** At least one and fewer than the threshold: shown as {@code <5}. */
    record Few(int threshold) implements Count {
        @Override
        public String toString() {
            return "<" + threshold;
        }
    }

    /**
     * Any number, hidden because together with the counts shown it would give away a {@link Few}
     * by subtraction.
     */
    record Withheld() implements Count {
        @Override
        public String toString() {
            return "withheld";
        }
    }
}
