package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageReadingTest {

    @Test
    void keepsWhatALetterIsSpeltOutAsFromTheRulesThatRewriteCAndCh() {
        assertThat(LanguageReading.TURKISH.read("çelik")).isEqualTo("chelik");
        assertThat(LanguageReading.CZECH_OR_CROATIAN.read("jurčić")).isEqualTo("yurchich");
        assertThat(LanguageReading.POLISH.read("ćwikła")).isEqualTo("chvikla");
    }

    @Test
    void readsANameWithTheCaronOrTheCroatianCAcuteAsCzechOrCroatianNotPolish() {
        assertThat(LanguageReading.of(List.of("josip", "jurčić")))
                .isEqualTo(LanguageReading.CZECH_OR_CROATIAN);
        assertThat(LanguageReading.of(List.of("šarūnas", "jasikevičius")))
                .isEqualTo(LanguageReading.CZECH_OR_CROATIAN);
        assertThat(LanguageReading.of(List.of("łukasz", "kuć"))).isEqualTo(LanguageReading.POLISH);
    }

    @ParameterizedTest
    @CsvSource({"xədicə i̇smayılova, AZERBAIJANI", "ahmet şahin, TURKISH", "enver hoxha, ALBANIAN",
            "saparmyrat nyýazow, TURKMEN", "jan novotný, CZECH_OR_CROATIAN"})
    void knowsTheLanguageANameIsSpeltIn(String name, LanguageReading language) {
        assertThat(LanguageReading.of(List.of(name.split(" ")))).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource({"AZERBAIJANI, xədicə, khadija", "AZERBAIJANI, qasımov, gasimov", "ALBANIAN, haradinaj, haradinay",
            "ALBANIAN, gjergj, jerj", "TURKMEN, nyýazow, niyazov", "GERMAN, dschochar, jokhar"})
    void readsAWordAsTheSpeakersOfItsLanguageSayIt(LanguageReading language, String word, String reading) {
        assertThat(language.read(word)).isEqualTo(reading);
    }
}
