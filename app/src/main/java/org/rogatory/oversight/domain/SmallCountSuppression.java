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
 * hidden part is the difference. So, for every relation the figures obey (a total and its parts,
 * the requests that entered a stage and those that left it or wait in it, a requesting state and
 * all states), as long as a relation has exactly one hidden count, the smallest other non-zero count
 * in it is withheld too ({@link Count.Withheld}): then no hidden count can be worked out exactly.
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
                long hidden = cells.stream().filter(c -> hidden(shown, c)).count();
                if (hidden != 1) {
                    continue;
                }
                Optional<Cell> complement = cells.stream()
                        .filter(c -> !hidden(shown, c) && values.getOrDefault(c, 0L) > 0)
                        .min(Comparator.comparingLong(c -> values.get(c)));
                if (complement.isPresent()) {
                    shown.put(complement.get(), new Count.Withheld());
                    changed = true;
                }
            }
        }
        return shown;
    }

    private static boolean hidden(Map<Cell, Count> shown, Cell cell) {
        Count count = shown.get(cell);
        return count != null && !(count instanceof Count.Exact);
    }
}
