package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.RegisterEntry;

/** The rules with the matching feature's matcher, on the spellings of the case study. */
class RealMatcherScreeningTest {

    static final List<RegisterEntry> REGISTER = List.of(
            entry("R-1", "REFUGEE|LAWYER|HUMAN_RIGHTS_DEFENDER", "1964-11-09", "KZ", "Botagoz Jardemalie",
                    "Ботагоз Жардемали"),
            entry("R-2", "REFUGEE", "1963-05-16", "KZ", "Mukhtar Ablyazov", "Мухтар Аблязов"),
            entry("R-3", "REFUGEE", "1990-02-02", "KZ", "Aigerim Jardemalie"));

    static List<Finding> screen(CooperationRequest request) {
        ReferenceData reference = ReferenceData.of(REGISTER, List.of(), List.of(), List.of(), NameMatchers::over);
        return new Screener(ScreeningRules.all())
                .screen(new ScreeningContext(request, reference, ScreeningConfig.defaults()));
    }

    @Test
    void anotherSpellingOfTheRefugeesNameIsStillTheRefugee() {
        var findings = screen(request("KZ").person(suspect("Bota Jardimalie", "1964-11-09")).build());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.REFUGEE_FROM_REQUESTING_STATE);
            assertThat(f.registerId()).isEqualTo("R-1");
        });
        assertThat(findings).noneMatch(f -> "R-3".equals(f.registerId()));
    }

    @Test
    void theAllyNamedByFamilyNameAloneInTheFactsIsFound() {
        var facts = "According to the investigation, she helped her ally Abyazov to hide millions abroad through"
                + " companies registered in Cyprus and the British Virgin Islands.";
        var findings = screen(request("KZ").person(suspect("Bota Jardimalie", "1964-11-09")).facts(facts).build());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ASSOCIATE_OF_PROTECTED_PERSON);
            assertThat(f.registerId()).isEqualTo("R-2");
            assertThat(f.personRef()).isNull();
        });
    }

    @Test
    void aCommonWordAloneMeetsNoNameWrittenInAScriptThatLeavesSoundsOut() {
        var register = List.of(entry("R-8", "REFUGEE", "1970", "KZ", "托尼·托馬斯"),
                entry("R-9", "REFUGEE", "1963-05-16", "KZ", "Мухтар Аблязов"));
        var facts = "The money was paid into an account named Thames, then passed to her ally Abyazov in cash.";
        ReferenceData reference = ReferenceData.of(register, List.of(), List.of(), List.of(), NameMatchers::over);
        var findings = new Screener(ScreeningRules.all()).screen(new ScreeningContext(
                request("KZ").person(suspect("Ann Example", null)).facts(facts).build(), reference,
                ScreeningConfig.defaults()));
        assertThat(findings).filteredOn(f -> f.code() == FindingCode.ASSOCIATE_OF_PROTECTED_PERSON)
                .extracting(Finding::registerId).containsExactly("R-9");
    }

    @Test
    void aNamesakeBornOnAnotherDateIsNotTheRefugee() {
        var findings = screen(request("KZ").person(suspect("Botagoz Jardemalie", "1950-01-01")).build());
        assertThat(findings).noneMatch(f -> f.code() == FindingCode.REFUGEE_FROM_REQUESTING_STATE);
    }
}
