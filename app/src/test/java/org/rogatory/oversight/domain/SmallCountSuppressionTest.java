package org.rogatory.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.oversight.domain.Metric.Stayed;
import org.rogatory.oversight.domain.SmallCountSuppression.Cell;
import org.rogatory.oversight.domain.SmallCountSuppression.Relation;

class SmallCountSuppressionTest {

    static final SmallCountSuppression FIVE = new SmallCountSuppression(5);

    @Test
    void showsZeroAndCountsFromTheThresholdAsTheyAreAndHidesTheOnesBetween() {
        assertThat(FIVE.primary(0)).isEqualTo(new Count.Exact(0));
        assertThat(FIVE.primary(1)).isEqualTo(new Count.Few(5));
        assertThat(FIVE.primary(4)).hasToString("<5");
        assertThat(FIVE.primary(5)).isEqualTo(new Count.Exact(5));
        assertThat(new SmallCountSuppression(1).primary(1)).isEqualTo(new Count.Exact(1));
        assertThatThrownBy(() -> new SmallCountSuppression(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHiddenCountCannotBeWorkedOutFromATotal() {
        // all states 12 = FR 10 + KZ 2: showing 12 and 10 would give KZ away
        Cell all = cell("*", 0);
        Cell fr = cell("FR", 0);
        Cell kz = cell("KZ", 0);
        Map<Cell, Count> shown = FIVE.publish(values(all, 12, fr, 10, kz, 2),
                List.of(new Relation(List.of(all), List.of(fr, kz))));
        assertThat(shown).containsEntry(kz, new Count.Few(5)).containsEntry(fr, new Count.Withheld())
                .containsEntry(all, new Count.Exact(12));
    }

    @Test
    void withholdsTheTotalWhenNoOtherPartCanBe() {
        // 7 = 7 + 0, where the 7 on the right was withheld for another relation: the total would give it away
        Cell total = cell("*", 0);
        Cell part = cell("FR", 0);
        Cell zero = cell("KZ", 0);
        Cell small = cell("FR", 1);
        Map<Cell, Count> shown = FIVE.publish(values(total, 7, part, 7, zero, 0, small, 3, cell("FR", 2), 10), List.of(
                new Relation(List.of(cell("FR", 2)), List.of(part, small)),
                new Relation(List.of(total), List.of(part, zero))));
        assertThat(shown.get(part)).isEqualTo(new Count.Withheld());
        assertThat(shown.get(total)).isEqualTo(new Count.Withheld());
        assertThat(shown.get(zero)).isEqualTo(new Count.Exact(0));
    }

    @Test
    void hidesNothingMoreThanItMustWhenTwoCountsAreHiddenAlready() {
        Cell all = cell("*", 0);
        Map<Cell, Count> shown = FIVE.publish(values(all, 20, cell("FR", 0), 16, cell("KZ", 0), 2, cell("EG", 0), 2),
                List.of(new Relation(List.of(all), List.of(cell("FR", 0), cell("KZ", 0), cell("EG", 0)))));
        assertThat(shown.get(cell("FR", 0))).isEqualTo(new Count.Exact(16));
        assertThat(shown.get(all)).isEqualTo(new Count.Exact(20));
    }

    @Test
    void twoSmallCountsThatMustMakeTwoAreNotLeftToBeWorkedOut() {
        Cell all = cell("*", 0);
        Map<Cell, Count> shown = FIVE.publish(values(all, 7, cell("DE", 0), 5, cell("FR", 0), 1, cell("NL", 0), 1),
                List.of(new Relation(List.of(all), List.of(cell("DE", 0), cell("FR", 0), cell("NL", 0)))));
        assertThat(shown.get(cell("FR", 0))).isEqualTo(new Count.Few(5));
        assertThat(List.of(shown.get(all), shown.get(cell("DE", 0)))).as("7 and 5 would leave 1 and 1")
                .contains(new Count.Withheld());
    }

    /**
     * Tables of counts with their row and column totals, of any shape and values: whatever is
     * published, every count below the threshold is hidden, every shown count is true, and no
     * total-and-parts relation is left with a single hidden count, which subtraction would reveal.
     */
    @Test
    void noPublishedTableGivesAHiddenCountAwayBySubtraction() {
        qt().withExamples(300)
                .forAll(integers().between(1, 5), integers().between(1, 5),
                        lists().of(integers().between(0, 12)).ofSize(25), integers().between(2, 6))
                .checkAssert((rows, columns, numbers, threshold) -> {
                    Map<Cell, Long> values = new LinkedHashMap<>();
                    List<Relation> relations = new ArrayList<>();
                    for (int r = 0; r < rows; r++) {
                        List<Cell> row = new ArrayList<>();
                        long sum = 0;
                        for (int c = 0; c < columns; c++) {
                            long value = numbers.get(r * 5 + c);
                            values.put(cell("r" + r, c), value);
                            row.add(cell("r" + r, c));
                            sum += value;
                        }
                        values.put(cell("r" + r, 9), sum);
                        relations.add(new Relation(List.of(cell("r" + r, 9)), row));
                    }
                    List<Integer> columnsAndRowTotals = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        columnsAndRowTotals.add(c);
                    }
                    columnsAndRowTotals.add(9);
                    for (int column : columnsAndRowTotals) {
                        long sum = 0;
                        List<Cell> parts = new ArrayList<>();
                        for (int r = 0; r < rows; r++) {
                            parts.add(cell("r" + r, column));
                            sum += values.get(cell("r" + r, column));
                        }
                        values.put(cell("*", column), sum);
                        relations.add(new Relation(List.of(cell("*", column)), parts));
                    }
                    Map<Cell, Count> shown = new SmallCountSuppression(threshold).publish(values, relations);

                    values.forEach((cell, value) -> {
                        Count count = shown.get(cell);
                        if (value > 0 && value < threshold) {
                            assertThat(count).isNotInstanceOf(Count.Exact.class);
                        }
                        if (count instanceof Count.Exact exact) {
                            assertThat(exact.value()).isEqualTo(value);
                        }
                        if (count instanceof Count.Withheld) {
                            assertThat(value).isPositive();
                        }
                    });
                    for (Relation relation : relations) {
                        assertThat(pinned(relation, shown, values, threshold)).as("hidden counts of %s", relation)
                                .isFalse();
                    }
                });
    }

    /**
     * Whether the relation alone leaves one of its hidden counts a single possible value, by enumerating
     * what the others can add up to: each hidden count is 1 or more, below the threshold if shown so, and
     * withheld ones at most {@link #LARGEST} (more than any table here holds). A "<2" is 1 by itself, not
     * by subtraction, and does not count.
     */
    static boolean pinned(Relation relation, Map<Cell, Count> shown, Map<Cell, Long> values, int threshold) {
        List<Cell> hidden = relation.cells().stream().filter(c -> !(shown.get(c) instanceof Count.Exact)).toList();
        int balance = 0;
        for (Cell cell : hidden) {
            balance += (relation.left().contains(cell) ? 1 : -1) * values.get(cell).intValue();
        }
        for (Cell target : hidden) {
            java.util.Set<Integer> sums = new java.util.HashSet<>(List.of(0));
            for (Cell other : hidden) {
                if (other == target) {
                    continue;
                }
                int sign = relation.left().contains(other) ? 1 : -1;
                int most = shown.get(other) instanceof Count.Few ? threshold - 1 : LARGEST;
                java.util.Set<Integer> next = new java.util.HashSet<>();
                for (int sum : sums) {
                    for (int v = 1; v <= most; v++) {
                        next.add(sum + sign * v);
                    }
                }
                sums = next;
            }
            int sign = relation.left().contains(target) ? 1 : -1;
            int most = shown.get(target) instanceof Count.Few ? threshold - 1 : LARGEST;
            int possible = 0;
            for (int v = 1; v <= most; v++) {
                if (sums.contains(balance - sign * v)) {
                    possible++;
                }
            }
            if (possible == 1 && most > 1) {
                return true;
            }
        }
        return false;
    }

    static final int LARGEST = 400;

    static Cell cell(String scope, int metric) {
        return new Cell(scope, new Stayed(CaseState.values()[metric]));
    }

    static Map<Cell, Long> values(Object... cellsAndValues) {
        Map<Cell, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            values.put((Cell) cellsAndValues[i], ((Number) cellsAndValues[i + 1]).longValue());
        }
        return values;
    }
}
