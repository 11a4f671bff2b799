package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.intake.domain.CooperationRequest.RequestedRole;

class RequestAloneRulesTest {

    static final String LONG_FACTS = "The suspect is alleged to have ".repeat(10) + "done it.";

    static CooperationRequest request(List<Person> persons, List<Offence> offences, List<Measure> measures,
            List<ForeignOfficial> officials) {
        return new CooperationRequest("X-1", LocalDate.of(2025, 1, 2), CooperationRequest.Channel.DIPLOMATIC, "XX",
                new CooperationRequest.RequestingAuthority("Prosecutor", CooperationRequest.AuthorityKind.PROSECUTOR),
                List.of(new CooperationRequest.LegalBasis(CooperationRequest.Instrument.UNCAC, "46", null)),
                offences, LONG_FACTS, persons, List.of(), measures, officials, null, false, false, List.of());
    }

    static Person person(String profession) {
        return new Person("p1", PersonRole.SUSPECT, List.of(new PersonName("Ann Example", null, null, "Latn")),
                null, List.of(), profession, List.of());
    }

    static Offence offence(Boolean deathPenaltyPossible, Boolean assurance) {
        return new Offence("Trafficking of heroin in large quantities", OffenceCategory.DRUGS, null, 20,
                deathPenaltyPossible, assurance, null, null);
    }

    static Measure measure(MeasureType type, Premises premises) {
        return new Measure(type, "p1", premises, null, null, List.of(), null);
    }

    static List<FindingCode> codes(ScreeningRule rule, CooperationRequest request) {
        return rule.findingsFor(new ScreeningContext(request)).stream().map(Finding::code).toList();
    }

    @Test
    void deathPenaltyWithoutAssuranceIsBlocking() {
        var request = request(List.of(person(null)), List.of(offence(true, null)), List.of(), List.of());
        assertThat(codes(new DeathPenaltyWithoutAssurance(), request)).containsExactly(FindingCode.DEATH_PENALTY_RISK);
        assertThat(FindingCode.DEATH_PENALTY_RISK.severity()).isEqualTo(Severity.BLOCKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Art. 392 Code pénal: meurtre, puni de la peine de mort", "يعاقب بالإعدام",
            "Murder, punishable by death under section 302", "Art. 105 УК РФ (вплоть до смертной казни)",
            "Mord (Todesstrafe)", "故意杀人罪 (死刑)"})
    void anOffenceWhoseOwnTextNamesTheDeathPenaltyIsARiskWhateverTheFlagSays(String qualification) {
        for (Boolean flag : new Boolean[] {null, false}) {
            var offence = new Offence("Homicide", OffenceCategory.OTHER, qualification, 20, flag, null, null, null);
            var request = request(List.of(person(null)), List.of(offence), List.of(), List.of());
            assertThat(codes(new DeathPenaltyWithoutAssurance(), request)).containsExactly(FindingCode.DEATH_PENALTY_RISK);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fraud, not punishable by death", "Escroquerie, sans peine de mort encourue",
            "Betrug; keine Todesstrafe", "Art. 1741 Code général des impôts"})
    void anOffenceWhoseTextRulesTheDeathPenaltyOutOrSaysNothingOfItIsNoRisk(String qualification) {
        var offence = new Offence("Fraud", OffenceCategory.OTHER, qualification, 7, null, null, null, null);
        var request = request(List.of(person(null)), List.of(offence), List.of(), List.of());
        assertThat(codes(new DeathPenaltyWithoutAssurance(), request)).isEmpty();
    }

    @Test
    void deathPenaltyWithAssuranceRaisesNothing() {
        var request = request(List.of(person(null)), List.of(offence(true, true)), List.of(), List.of());
        assertThat(codes(new DeathPenaltyWithoutAssurance(), request)).isEmpty();
    }

    @Test
    void unnamedOfficialIsUnidentifiedButNamedOneIsNot() {
        var unnamed = new ForeignOfficial(null, null, null, RequestedRole.ASSIST);
        var named = new ForeignOfficial("Anna Berg", "Kriminalhauptkommissarin", "P1234567", RequestedRole.OBSERVE);
        assertThat(codes(new UnidentifiedForeignOfficials(), request(List.of(), List.of(), List.of(), List.of(unnamed))))
                .containsExactly(FindingCode.FOREIGN_OFFICIALS_UNIDENTIFIED);
        assertThat(codes(new UnidentifiedForeignOfficials(), request(List.of(), List.of(), List.of(), List.of(named))))
                .isEmpty();
        assertThat(codes(new ForeignOfficialsNeedAuthorisation(), request(List.of(), List.of(), List.of(), List.of(named))))
                .containsExactly(FindingCode.FOREIGN_OFFICIALS_AUTHORISATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N.N.", "NN", "-", "?", "to be communicated", "Unknown", "Name withheld", "à communiquer",
            "unbekannt", "неизвестно"})
    void aPlaceholderNamesNoOfficial(String placeholder) {
        var placeheld = new ForeignOfficial(placeholder, "Detective", null, RequestedRole.OBSERVE);
        assertThat(codes(new UnidentifiedForeignOfficials(), request(List.of(), List.of(), List.of(), List.of(placeheld))))
                .containsExactly(FindingCode.FOREIGN_OFFICIALS_UNIDENTIFIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna Berg", "Nan", "Xu", "Yi", "N. Naumov"})
    void aShortNameIsStillAName(String name) {
        var official = new ForeignOfficial(name, "Detective", null, RequestedRole.OBSERVE);
        assertThat(codes(new UnidentifiedForeignOfficials(), request(List.of(), List.of(), List.of(), List.of(official))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Écoute téléphonique: interception des communications du 0470 12 34 56",
            "Placing a GPS tracker on the suspect's car", "Telefonüberwachung des Anschlusses",
            "Taking a DNA sample from the suspect, by force if need be"})
    void aCoerciveActSentAsOtherStillNeedsTheJudge(String details) {
        var other = new Measure(MeasureType.OTHER, "p1", null, null, null, List.of(), details);
        assertThat(codes(new CoerciveMeasureNeedsJudge(), request(List.of(person(null)), List.of(), List.of(other),
                List.of()))).containsExactly(FindingCode.INVESTIGATING_JUDGE_REQUIRED);
    }

    @Test
    void anOrdinaryActSentAsOtherNeedsNoJudge() {
        var other = new Measure(MeasureType.OTHER, "p1", null, null, null, List.of(),
                "Tracking of the payments through the company's accounting; copies of its published accounts");
        assertThat(codes(new CoerciveMeasureNeedsJudge(), request(List.of(person(null)), List.of(), List.of(other),
                List.of()))).isEmpty();
    }

    @Test
    void searchNeedsJudgeButVoluntaryHearingDoesNot() {
        assertThat(codes(new CoerciveMeasureNeedsJudge(),
                request(List.of(person(null)), List.of(), List.of(measure(MeasureType.SEARCH, Premises.HOME)), List.of())))
                .containsExactly(FindingCode.INVESTIGATING_JUDGE_REQUIRED);
        assertThat(codes(new CoerciveMeasureNeedsJudge(),
                request(List.of(person(null)), List.of(), List.of(measure(MeasureType.HEARING, null)), List.of())))
                .isEmpty();
    }

    @Test
    void searchOfALawyersHomeNeedsTheBarPresident() {
        var request = request(List.of(person("Avocat au barreau de Bruxelles")), List.of(),
                List.of(measure(MeasureType.SEARCH, Premises.HOME)), List.of());
        assertThat(codes(new LawyerPremisesNeedBarPresident(), request))
                .containsExactly(FindingCode.BAR_PRESIDENT_NOTIFICATION);
    }

    @Test
    void searchOfANewsroomIsNotForTheBarPresident() {
        var request = request(List.of(person("journalist, editor-in-chief")), List.of(),
                List.of(measure(MeasureType.SEIZURE, Premises.NEWSROOM)), List.of());
        assertThat(codes(new LawyerPremisesNeedBarPresident(), request)).isEmpty();
    }

    @Test
    void wordsOfChineseAndJapaneseAreCountedWithoutSpaces() {
        assertThat(ThinRequest.words("Advance fee fraud by e-mail.")).isEqualTo(5);
        assertThat(ThinRequest.words("犯罪嫌疑人王某于2021年至2023年间通过虚假发票骗取增值税退税")).isGreaterThan(10);
        assertThat(ThinRequest.words("被疑者は東京都内の会社の口座から資金を送金した")).isGreaterThan(8);
        assertThat(ThinRequest.words("诈骗")).isEqualTo(1);
    }

    @Test
    void thinFactsMakeAnIncompleteRequestNotice() {
        var thin = new CooperationRequest("X-2", LocalDate.of(2025, 1, 2), CooperationRequest.Channel.DIPLOMATIC, "NG",
                new CooperationRequest.RequestingAuthority("EFCC", CooperationRequest.AuthorityKind.INVESTIGATOR),
                List.of(new CooperationRequest.LegalBasis(CooperationRequest.Instrument.RECIPROCITY, null, null)),
                List.of(new Offence("Fraud", OffenceCategory.FRAUD, null, null, null, null, null, null)),
                "Advance fee fraud.", List.of(person(null)), List.of(), List.of(), List.of(), null, false, false,
                List.of());
        assertThat(codes(new ThinRequest(), thin)).containsExactly(FindingCode.INCOMPLETE_REQUEST);
        assertThat(codes(new ThinRequest(), request(List.of(person(null)), List.of(offence(false, null)), List.of(),
                List.of()))).isEmpty();
    }

    @Test
    void anOffenceNamedInAWordOrTwoWithTheProvisionThatDefinesItIsNotThin() {
        var named = new Offence("Money laundering", OffenceCategory.MONEY_LAUNDERING, "§ 261 StGB", null, null, null,
                null, null);
        var bare = new Offence("Money laundering", OffenceCategory.MONEY_LAUNDERING, null, null, null, null, null, null);
        assertThat(codes(new ThinRequest(), request(List.of(person(null)), List.of(named), List.of(), List.of())))
                .isEmpty();
        assertThat(codes(new ThinRequest(), request(List.of(person(null)), List.of(bare), List.of(), List.of())))
                .containsExactly(FindingCode.INCOMPLETE_REQUEST);
    }

    @Test
    void findingIdsAreStableAcrossScreenings() {
        var request = request(List.of(person(null)), List.of(offence(true, null)), List.of(), List.of());
        var screener = new Screener(ScreeningRules.fromRequestAlone());
        assertThat(screener.screen(new ScreeningContext(request)))
                .extracting(Finding::id)
                .isEqualTo(screener.screen(new ScreeningContext(request)).stream().map(Finding::id).toList());
    }
}
