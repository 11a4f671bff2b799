package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

    /**
     * Names in every script the matcher compares, long and short, one word and two (joined as the scorer
     * joins neighbouring register words), which the properties misspell letter by letter.
     */
    private static final String[] SEEDS = {
        "Mohammed", "Sulayman", "Thomas", "Jordan", "Schmidt", "Khairullah", "Lee", "Yoo", "Kim Jong", "Abd Rahman",
        "Джон", "Хан", "Дзин", "Александр", "Шайн", "Ким Чен",
        "محمد", "عبدالله", "حسين", "زاك", "عبد الرحمن",
        "יצחק", "דוד", "ג'ונג", "משה כהן",
        "정", "장정구", "이", "민 준",
        "约翰", "张", "近平", "习 近平",
        "ジョン", "ハーバート", "マイヤー"};
    private static final float[] WANTED = {WordLookUps.FLOOR, 0.5f, 0.7f, 0.9f};

    /**
     * The first word of seed {@code seed} (or its first two joined) after the edits, taken two numbers at a
     * time: where, and which letter of the seed to put there, or none (the letter there dropped).
     */
    private static NameToken token(int seed, List<Integer> edits, boolean joined) {
        String name = SEEDS[seed];
        String letters = name.replace(" ", "");
        StringBuilder text = new StringBuilder(name);
        for (int k = 0; k + 1 < edits.size(); k += 2) {
            int at = edits.get(k) % (text.length() + 1);
            int letter = edits.get(k + 1);
            if (letter % 3 == 0 && at < text.length() && text.length() > 1) {
                text.deleteCharAt(at);
            } else if (letter % 3 == 1 || at == text.length()) {
                text.insert(at, letters.charAt(letter % letters.length()));
            } else {
                text.setCharAt(at, letters.charAt(letter % letters.length()));
            }
        }
        List<NameToken> tokens = NameParser.parseOne(text.toString()).tokens();
        if (tokens.isEmpty()) {
            tokens = NameParser.parseOne(name).tokens();
        }
        return joined && tokens.size() > 1 ? NameParser.join(tokens.subList(0, 2)) : tokens.get(0);
    }

    /**
     * A caller that wants a credit of at least some amount gets every credit that reaches it exactly, and
     * for any other pair something below it: the distance may give up sooner, never on a pair that counts.
     */
    @Test
    void aCreditThatReachesWhatIsWantedIsMeasuredInFull() {
        qt().withExamples(20_000)
                .forAll(integers().between(0, SEEDS.length * SEEDS.length - 1),
                        lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 6),
                        lists().of(integers().between(0, 1_000)).ofSizeBetween(0, 6),
                        integers().between(0, 4 * WANTED.length - 1))
                .checkAssert((seeds, editsA, editsB, choice) -> {
                    NameToken a = token(seeds / SEEDS.length, editsA, (choice & 1) != 0);
                    NameToken b = token(seeds % SEEDS.length, editsB, (choice & 2) != 0);
                    float wanted = WANTED[choice / 4];
                    float full = TokenSimilarity.of(a, b);
                    float sieved = TokenSimilarity.of(a, b, wanted);
                    String pair = a.text() + " (" + a.code() + ") against " + b.text() + " (" + b.code() + ")";
                    if (full >= wanted) {
                        assertThat(sieved).as(pair).isEqualTo(full);
                    } else {
                        assertThat(sieved).as(pair).isLessThan(wanted);
                    }
                });
    }

    /** Below the raw similarity a calibration names for a credit, no similarity earns that credit. */
    @Test
    void noSimilarityBelowWhatReachesACreditEarnsIt() {
        TokenSimilarity.Calibration[] calibrations = TokenSimilarity.Calibration.values();
        qt().withExamples(20_000)
                .forAll(integers().between(0, calibrations.length - 1), integers().between(0, 100_000),
                        integers().between(1, 1_000))
                .checkAssert((c, raw, wanted) -> {
                    TokenSimilarity.Calibration calibration = calibrations[c];
                    float similarity = raw / 100_000f;
                    float credit = wanted / 1_000f;
                    if (calibration.credit(similarity) >= credit) {
                        assertThat(similarity).as("%s %s", calibration, credit)
                                .isGreaterThanOrEqualTo(calibration.reaching(credit));
                    }
                });
    }

    @Test
    void theCreditTheMatcherWantsCutsAboveTheStrictCalibrationsFloor() {
        TokenSimilarity.Calibration strict = TokenSimilarity.Calibration.SAME_SCRIPT;
        assertThat(strict.reaching(WordLookUps.FLOOR)).isGreaterThan(strict.floor() + 0.05f);
        assertThat(strict.credit(strict.reaching(WordLookUps.FLOOR) + 0.002f))
                .isGreaterThanOrEqualTo(WordLookUps.FLOOR);
    }
}
