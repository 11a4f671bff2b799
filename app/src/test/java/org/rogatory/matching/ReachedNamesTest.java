package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReachedNamesTest {

    private static int[] chosen(ReachedNames reach, int required, int words) {
        IntList names = new IntList();
        reach.choose(required, words, names);
        return names.toArray();
    }

    @Test
    void choosesTheNamesReachedByEnoughWordsInOrderAndRanksThem() {
        ReachedNames reach = new ReachedNames(1_000);
        reach.add(700, 0b001);
        reach.add(5, 0b001);
        reach.add(64, 0b011);
        reach.add(5, 0b100);
        reach.addIfReached(700, 0b010);
        reach.addIfReached(300, 0b010);
        assertThat(reach.count()).isEqualTo(3);

        assertThat(chosen(reach, 2, 0b111)).containsExactly(5, 64, 700);
        assertThat(reach.rank(5)).isZero();
        assertThat(reach.rank(64)).isEqualTo(1);
        assertThat(reach.rank(700)).isEqualTo(2);
        assertThat(reach.rank(300)).isEqualTo(-1);
        assertThat(reach.rank(999)).isEqualTo(-1);
    }

    @Test
    void requiresWordsOfTheMaskOnly() {
        ReachedNames reach = new ReachedNames(200);
        reach.add(1, 0b011);
        reach.add(2, 0b101);
        reach.add(130, 0b111);
        assertThat(chosen(reach, 2, 0b011)).containsExactly(1, 130);
        assertThat(reach.rank(2)).isEqualTo(-1);
        assertThat(reach.rank(130)).isEqualTo(1);
    }

    @Test
    void choosesEveryNameReachedForOneWord() {
        ReachedNames reach = new ReachedNames(200);
        reach.add(199, 0b10);
        reach.add(3, 0b01);
        assertThat(chosen(reach, 1, 0b11)).containsExactly(3, 199);
    }

    @Test
    void startsAfreshAfterClear() {
        ReachedNames reach = new ReachedNames(200);
        reach.add(10, 0b11);
        chosen(reach, 2, 0b11);
        reach.clear();
        assertThat(reach.count()).isZero();
        assertThat(reach.rank(10)).isEqualTo(-1);
        reach.add(20, 0b01);
        reach.addIfReached(10, 0b10);
        assertThat(chosen(reach, 2, 0b11)).isEmpty();
        assertThat(chosen(reach, 1, 0b11)).containsExactly(20);
    }
}
