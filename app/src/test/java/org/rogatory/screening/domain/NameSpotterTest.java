package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpotterTest {

    static List<List<String>> runs(String text) {
        return NameSpotter.runs(text).stream().map(NameSpotter.Run::words).toList();
    }

    @Test
    void findsAFamilyNameAloneInASentence() {
        assertThat(runs("They accuse her of having helped her ally Abyazov to hide millions."))
                .contains(List.of("Abyazov"));
    }

    @Test
    void keepsParticlesInsideNamesAndDropsSentenceWords() {
        assertThat(runs("According to the file, Mahmud Abd al-Rahman al-Shadhili lives in Antwerp."))
                .contains(List.of("Mahmud", "Abd", "al-Rahman", "al-Shadhili"), List.of("Antwerp"))
                .doesNotContain(List.of("According"));
    }

    @Test
    void spotsCyrillicCapitalsAndWordsOfCaselessScripts() {
        assertThat(runs("Уголовное дело. ГРИНКЕВИЧ Виктор Александрович, 05.10.1979 г.р."))
                .contains(List.of("ГРИНКЕВИЧ", "Виктор", "Александрович"));
        assertThat(runs("المتهم محمود عبدالرحمن الشاذلي")).contains(List.of("المتهم", "محمود", "عبدالرحمن", "الشاذلي"));
        assertThat(runs("ნინო ბერიძე")).contains(List.of("ნინო", "ბერიძე"));
    }

    @Test
    void triesLongSpansFirstAndSingleWordsOnlyWhenLongEnough() {
        var run = NameSpotter.runs("Mr Li Wenjie met Ho.").get(0);
        assertThat(run.spans()).containsExactly("Li Wenjie", "Wenjie");
    }

    @Test
    void cutsUnspacedChineseIntoNameSizedPieces() {
        assertThat(NameSpotter.runs("据调查李文杰在布鲁塞尔").stream().flatMap(r -> r.spans().stream()))
                .contains("李文杰");
    }

    @Test
    void readsABirthDateWrittenAfterAName() {
        String facts = "Dinara Kuanishbaeva, born on 14 March 1976, a citizen";
        int end = facts.indexOf(',');
        assertThat(BirthDates.after(facts, end)).contains("1976-03-14");
        assertThat(BirthDates.after("ГРИНКЕВИЧ Виктор, 05.10.1979 г.р.", 16)).contains("1979-10-05");
        assertThat(BirthDates.after("Reto Brändli (born 1968), partner", 12)).contains("1968");
        assertThat(BirthDates.after("Reto Brändli lives in Zug since 2001", 12)).isEmpty();
    }

    @Test
    void birthDatesConflictOnlyAtThePrecisionBothGive() {
        assertThat(BirthDates.conflict("1976-03-14", "1976")).isFalse();
        assertThat(BirthDates.conflict("1976-03-14", "1976-03-15")).isTrue();
        assertThat(BirthDates.conflict(null, "1976")).isFalse();
    }
}
