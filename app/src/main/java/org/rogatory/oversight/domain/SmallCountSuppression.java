package org.rogatory.oversight.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that keeps published figures from singling out a request (DESIGN.md §8): a count of at
 * least one and below the threshold is shown as {@code <threshold} ({@link Count.Few}). Hiding it
 * is not enough where the figures add up: if a total and all but one of its parts are shown, the
 * hidden part is the difference, and several hidden parts can be pinned too (a total of 7, one part
 * of 5, two parts shown as {@code <5}: both are 1). So, for every relation the figures obey (a total
 * and its parts, the requests that entered a stage and those that left it or wait in it, a requesting
 * state and all states), as long as what a relation shows pins one of its hidden counts to a single
 * value, the smallest other non-zero count in it is withheld too ({@link Count.Withheld}): then no
 * hidden count can be worked out exactly from any one relation.
 * A threshold of 1 hides nothing.
 */
public record SmallCountSuppression(int threshold) {

    public static final int DEFAULT_THRESHOLD = 5;

    public SmallCountSuppression {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold is at least 1, got " + threshold);
        }
    }

    /** One count of the figures: a metric for a requesting state (or all states). */
    record Cell(String scope, Metric metric) {
    }

    /** Counts that add up: the sum of the left side equals the sum of the right side, in every scope. */
    record Relation(List<Cell> left, List<Cell> right) {

        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>(left);
            cells.addAll(right);
            return cells;
        }
    }

    /** A count as the figures may show it: exact only if no rule hides it. */
    Count primary(long value) {
        return value > 0 && value < threshold ? new Count.Few(threshold) : new Count.Exact(value);
    }

    /**
     * Every count as it may be published, given the raw values (a cell not given is zero) and the
     * relations between them. Cells are considered in the order given, so that the same figures
     * always hide the same counts.
     */
    Map<Cell, Count> publish(Map<Cell, Long> values, List<Relation> relations) {
        Map<Cell, Count> shown = new HashMap<>();
        values.forEach((cell, value) -> shown.put(cell, primary(value)));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : relations) {
                List<Cell> cells = relation.cells();
                if (!givesAHiddenCountAway(relation, shown, values)) {
                    continue;
                }
                Optional<Cell> complement = cells.stream()
                        .filter(c -> !hidden(shown, c) && values.getOrDefault(c, 0L) > 0)
                        .min(Comparator.comparingLong(c -> values.get(c)));
                if (complement.isEmpty()) {
                    // every count that is not zero is hidden, and the bounds of "<5" still pin one (a total
                    // and two parts, all "<3": 1 + 1 = 2): a "<5" withheld instead has no upper bound
                    complement = cells.stream().filter(c -> shown.get(c) instanceof Count.Few).findFirst();
                }
                if (complement.isPresent()) {
                    shown.put(complement.get(), new Count.Withheld());
                    changed = true;
                }
            }
        }
        return shown;
    }

    /** Larger than any count, as what a withheld count may be for all a reader knows. */
    private static final long UNBOUNDED = 1L << 40;

    /**
     * Whether the counts the relation shows pin one of its hidden counts to a single value. The hidden counts
     * must add up to what the shown ones leave; each is at least 1, and below the threshold if shown as such.
     * One hidden count is the difference; several can be too: two "<5" that must make 2 are 1 and 1.
     */
    private boolean givesAHiddenCountAway(Relation relation, Map<Cell, Count> shown, Map<Cell, Long> values) {
        List<long[]> hidden = new ArrayList<>();
        long balance = 0;
        for (Cell cell : relation.cells()) {
            long sign = relation.left().contains(cell) ? 1 : -1;
            if (hidden(shown, cell)) {
                long most = shown.get(cell) instanceof Count.Few ? threshold - 1 : UNBOUNDED;
                hidden.add(new long[] {sign, 1, most});
                balance += sign * values.getOrDefault(cell, 0L);
            }
        }
        for (int j = 0; j < hidden.size(); j++) {
            long othersLeast = 0;
            long othersMost = 0;
            for (int i = 0; i < hidden.size(); i++) {
                if (i != j) {
                    long[] h = hidden.get(i);
                    othersLeast += h[0] > 0 ? h[1] : -h[2];
                    othersMost += h[0] > 0 ? h[2] : -h[1];
                }
            }
            long[] h = hidden.get(j);
            // sign * x + others = balance
            long least = h[0] > 0 ? balance - othersMost : othersLeast - balance;
            long most = h[0] > 0 ? balance - othersLeast : othersMost - balance;
            // a "<2" is 1 whatever the others show: no other count hidden changes that
            if (h[1] < h[2] && Math.max(least, h[1]) == Math.min(most, h[2])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Map<Cell, Count> shown, Cell cell) {
        Count count = shown.get(cell);
        return count != null && !(count instanceof Count.Exact);
    }
}
