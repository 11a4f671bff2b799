package org.rogatory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void readsANameWithASchwaTheAzerbaijaniWayAndOneWithOnlyTurkishLettersTheTurkishWay() {
        assertThat(LanguageReading.of(List.of("xədicə", "i̇smayılova"))).isEqualTo(LanguageReading.AZERBAIJANI);
        assertThat(LanguageReading.AZERBAIJANI.read("xədicə")).isEqualTo("khadija");
        assertThat(LanguageReading.AZERBAIJANI.read("qasımov")).isEqualTo("gasimov");
        assertThat(LanguageReading.of(List.of("ahmet", "şahin"))).isEqualTo(LanguageReading.TURKISH);
    }

    @Test
    void readsANameWithXhOrGjTheAlbanianWay() {
        assertThat(LanguageReading.of(List.of("enver", "hoxha"))).isEqualTo(LanguageReading.ALBANIAN);
        assertThat(LanguageReading.ALBANIAN.read("haradinaj")).isEqualTo("haradinay");
        assertThat(LanguageReading.ALBANIAN.read("gjergj")).isEqualTo("jerj");
    }

    @Test
    void readsANameWithYAcuteTheTurkmenWayOnlyWhenAWordEndsInOwOrEw() {
        assertThat(LanguageReading.of(List.of("saparmyrat", "nyýazow"))).isEqualTo(LanguageReading.TURKMEN);
        assertThat(LanguageReading.TURKMEN.read("nyýazow")).isEqualTo("niyazov");
        assertThat(LanguageReading.of(List.of("jan", "novotný"))).isEqualTo(LanguageReading.CZECH_OR_CROATIAN);
    }

    @Test
    void readsTheGermanDschAsJ() {
        assertThat(LanguageReading.GERMAN.read("dschochar")).isEqualTo("jokhar");
    }
}
