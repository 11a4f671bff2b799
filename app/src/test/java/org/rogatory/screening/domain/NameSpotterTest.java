package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpotterTest {

    static List<String> spans(String text) {
        return NameSpotter.runs(text).stream().flatMap(r -> r.spans().stream()).toList();
    }

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
    void triesLongSpansFirstAndNoWordOfALongerRunAlone() {
        assertThat(NameSpotter.runs("the letter of Mr Nour El Houda Ben Salah").get(0).spans())
                .startsWith("Nour El Houda Ben Salah", "Nour El Houda", "Houda Ben Salah")
                .doesNotContain("Nour", "Salah", "El", "Ben");
        assertThat(spans("a claim before the Dubai Criminal Court")).doesNotContain("Dubai", "Court");
    }

    @Test
    void aWordAloneIsTriedAsAFamilyNameOnlyWhereItCanStandForAPerson() {
        assertThat(spans("the funds of Minister Abyazov's companies")).contains("Abyazov");
        assertThat(spans("Fraud. Advance fee fraud in Houston, paid via Riyadh to Abyazov"))
                .contains("Abyazov").doesNotContain("Fraud", "Advance", "Houston", "Riyadh");
        assertThat(spans("he met Ho and Li")).isEmpty();
    }

    @Test
    void aParentsGivenNameAloneIsNoFamilyName() {
        assertThat(spans("the accused Ali Demir, son of Mehmet, opened the account")).doesNotContain("Mehmet");
        assertThat(spans("Ali Demir (Mehmet oğlu) opened the account")).doesNotContain("Mehmet");
        assertThat(spans("Aygün, fille de Tadesse, a ouvert le compte")).doesNotContain("Tadesse");
        assertThat(spans("the account was opened by her ally Abyazov")).contains("Abyazov");
    }

    @Test
    void anInitialWithItsFullStopStaysInTheName() {
        assertThat(runs("the funds were moved by G. Serikbayeva and Куанышбаева Д. А. last year"))
                .contains(List.of("G", "Serikbayeva"), List.of("Куанышбаева", "Д", "А"));
        assertThat(spans("the account of D.A. Kuanyshbayeva")).contains("D A Kuanyshbayeva");
    }

    @Test
    void aFamilyNameBeforeACommaIsTriedWithTheGivenNamesAfterIt() {
        assertThat(runs("Account holders: SERIKBAYEVA, Gulshat; OSPANULY, Yerlan Bekovich."))
                .containsSubsequence(List.of("SERIKBAYEVA", "Gulshat"), List.of("SERIKBAYEVA"),
                        List.of("OSPANULY", "Yerlan", "Bekovich"));
        assertThat(runs("paid to Baisalov, then to Ospanuly")).doesNotContain(List.of("Baisalov", "Ospanuly"));
    }

    @Test
    void theFullStopOfATitleEndsNoSentence() {
        assertThat(spans("the transfers ordered by Mr. Ospanuly and Maître Vandermeulen")).contains("Ospanuly",
                "Vandermeulen");
        assertThat(spans("the transfers ordered by M. Ospanuly")).contains("Ospanuly");
        assertThat(spans("paid in cash. Ospanuly then left")).doesNotContain("Ospanuly");
    }

    @Test
    void aWordAloneAfterAnotherCapitalisedWordAnArticleOrAsNationalityOrAcronymIsNoPerson() {
        assertThat(spans("asks the Prosecutor General's Office and two named German officers"))
                .doesNotContain("Office", "German");
        assertThat(spans("a flat on the Avenue des Saules, a VAT carousel and a MSKU container")).isEmpty();
        assertThat(spans("the former minister Abyazov and Judge Claise")).contains("Abyazov", "Claise");
        assertThat(spans("statements of ABYAZOV and of OUBAHA")).contains("ABYAZOV", "OUBAHA");
    }

    @Test
    void inAnAddressLineOnlyFullNamesAreTried() {
        assertThat(NameSpotter.runs("c/o Mukhtar Ablyazov, Rue Haute 1", NameSpotter.Text.ADDRESS).stream()
                .flatMap(r -> r.spans().stream())).containsExactly("Mukhtar Ablyazov", "Rue Haute");
    }

    @Test
    void inAnOrganisationsNameTheWordsBesideLegalFormsAndBusinessWordsAreTried() {
        assertThat(NameSpotter.runs("Ablyazov Family Foundation", NameSpotter.Text.ORGANISATION_NAME).stream().flatMap(r -> r.spans().stream()))
                .containsExactly("Ablyazov");
        assertThat(NameSpotter.runs("Oltin Tola Cotton Holding JSC", NameSpotter.Text.ORGANISATION_NAME).stream().flatMap(r -> r.spans().stream()))
                .containsExactly("Oltin Tola");
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
        assertThat(BirthDates.after(facts, end, 2025)).contains("1976-03-14");
        assertThat(BirthDates.after("ГРИНКЕВИЧ Виктор, 05.10.1979 г.р.", 16, 2025)).contains("1979-10-05");
        assertThat(BirthDates.after("Reto Brändli (born 1968), partner", 12, 2025)).contains("1968");
        assertThat(BirthDates.after("Reto Brändli lives in Zug since 2001", 12, 2025)).isEmpty();
    }

    @Test
    void aRecentDateAfterANameIsAnEventNotABirthDate() {
        assertThat(BirthDates.after("Payment by Yermek Baisalov, 01.03.2022.", 26, 2025)).isEmpty();
        assertThat(BirthDates.after("Payment by Yermek Baisalov 2022-03-01.", 26, 2025)).isEmpty();
        assertThat(BirthDates.after("Yermek Baisalov, born 01.03.2012", 15, 2025)).as("said to be one")
                .contains("2012-03-01");
        assertThat(BirthDates.after("Yermek Baisalov, 01.03.1971", 15, 2025)).contains("1971-03-01");
    }

    @Test
    void birthDatesAGenerationApartAreAnotherPerson() {
        assertThat(BirthDates.anotherPerson("1961-12-20", "1988-05-02")).isTrue();
        assertThat(BirthDates.anotherPerson("1976-03-14", "1979")).isFalse();
        assertThat(BirthDates.anotherPerson(null, "1976")).isFalse();
    }
}
