package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticDistanceTest {

    /** Every symbol a phonetic code may hold: the letters and the weak symbols of {@link Sounds}. */
    private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyzAWYH@NGLCTZRE";
    private static final float[] FLOORS = {0.5f, 0.55f, 0.65f, 0.7f, 0.75f};

    private static String code(List<Integer> symbols) {
        StringBuilder code = new StringBuilder();
        for (int symbol : symbols) {
            code.append(SYMBOLS.charAt(symbol));
        }
        return code.toString();
    }

    /**
     * Codes of any symbols, between any two scripts: a pair the lower bound gives up on is below what
     * earns credit, and any other is measured in full, as with no floor at all.
     */
    @Test
    void givesUpOnlyOnPairsThatCannotReachWhatEarnsCredit() {
        Script[] scripts = Script.values();
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, SYMBOLS.length() - 1)).ofSizeBetween(1, 9),
                        lists().of(integers().between(0, SYMBOLS.length() - 1)).ofSizeBetween(1, 14),
                        integers().between(0, scripts.length * scripts.length - 1),
                        integers().between(0, FLOORS.length - 1))
                .checkAssert((left, right, scriptPair, floorIndex) -> {
                    String a = code(left);
                    String b = code(right);
                    Script sa = scripts[scriptPair / scripts.length];
                    Script sb = scripts[scriptPair % scripts.length];
                    float worthless = FLOORS[floorIndex];
                    float exact = PhoneticDistance.similarity(a, sa, b, sb);
                    float bounded = PhoneticDistance.similarity(a, sa, b, sb, 0f, worthless);
                    if (exact >= worthless) {
                        assertThat(bounded).as("%s %s against %s %s", a, sa, b, sb).isEqualTo(exact);
                    } else {
                        assertThat(bounded).as("%s %s against %s %s", a, sa, b, sb).isLessThan(worthless);
                    }
                });
    }

    @Test
    void abjadOpeningVowelAndDigraphSplitsStillMeet() {
        // edits of several letters at a time, which the lower bound charges a share of
        assertThat(PhoneticDistance.similarity("AYvan", Script.ARABIC, "ivan", Script.LATIN, 0.55f, 0.55f))
                .isEqualTo(PhoneticDistance.similarity("AYvan", Script.ARABIC, "ivan", Script.LATIN));
        assertThat(PhoneticDistance.similarity("Tomas", Script.LATIN, "thomas", Script.CYRILLIC, 0.55f, 0.55f))
                .isEqualTo(PhoneticDistance.similarity("Tomas", Script.LATIN, "thomas", Script.CYRILLIC))
                .isGreaterThan(0.55f);
    }
}
