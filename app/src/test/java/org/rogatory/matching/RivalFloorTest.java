package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RivalFloorTest {

    static final double THRESHOLD = 0.84;
    static final double MARGIN = 0.05;

    static RegisterEntry born(String birthDate) {
        return new RegisterEntry("R", List.of("REFUGEE"), List.of("Anna Example"), birthDate, List.of(), List.of(),
                null, null);
    }

    @Test
    void risesToTheRivalMarginBelowTheBestButNotAboveWhatHoldsInAnotherScript() {
        RivalFloor floor = new RivalFloor(NameQuery.of("Anna Example"), List.of(born(null)), THRESHOLD, MARGIN);
        assertThat(floor.raise()).isZero();
        floor.offer(0, 0.88f);
        assertThat(floor.raise()).isZero();
        floor.offer(0, 0.93f);
        assertThat(floor.raise()).isCloseTo(0.93 - MARGIN - 0.001 - THRESHOLD, within(1e-6));
        floor.offer(0, 1.0f);
        assertThat(floor.raise()).isCloseTo(IndexedNameMatcher.HOLDS_ACROSS_SCRIPTS - 0.001 - THRESHOLD, within(1e-6));
        floor.offer(0, 0.95f);
        assertThat(floor.raise()).isCloseTo(IndexedNameMatcher.HOLDS_ACROSS_SCRIPTS - 0.001 - THRESHOLD, within(1e-6));
    }

    @Test
    void countsTheBirthDateTheBestIsReportedWith() {
        RivalFloor floor = new RivalFloor(new NameQuery("Anna Example", "1960-01-01", null),
                List.of(born("1990-05-05"), born("1960-01-01")), THRESHOLD, MARGIN);
        floor.offer(0, 1.0f);
        assertThat(floor.raise()).as("a namesake born a generation apart is no rival").isZero();
        floor.offer(1, 0.88f);
        assertThat(floor.raise()).isCloseTo(0.88 + PersonEvidence.FULL_DATE_AGREES - MARGIN - 0.001 - THRESHOLD,
                within(1e-6));
    }
}
