package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.abroad;
import static org.rogatory.screening.domain.Fixtures.capital;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.measure;
import static org.rogatory.screening.domain.Fixtures.person;
import static org.rogatory.screening.domain.Fixtures.profile;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;

class CountryRulesTest {

    static final CountryProfile KZ = profile("KZ", 39, FreedomStatus.NF, 23, DeathPenaltyStatus.ABOLISHED, false);
    static final CountryProfile FR = profile("FR", 71, FreedomStatus.F, 89, DeathPenaltyStatus.ABOLISHED, true);
    static final CountryProfile SA = profile("SA", 52, FreedomStatus.NF, 8, DeathPenaltyStatus.RETAINS, null);
    static final CountryProfile UNKNOWN = profile("ER", null, null, null, null, null);

    @Test
    void notFreeStateIsHighRiskAndTheFindingGivesTheFigures() {
        assertThat(context(request("KZ").build()).country(KZ).findings(new HighRiskRequestingState()))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.HIGH_RISK_STATE);
                    assertThat(f.evidence().explanation()).contains("status NF", "score 23 < 40", "CPI 39 < 40");
                });
    }

    @Test
    void freeStateWithHighScoresIsNotHighRisk() {
        assertThat(context(request("FR").build()).country(FR).findings(new HighRiskRequestingState())).isEmpty();
    }

    @Test
    void emptyCellsAreUnknownNotLow() {
        assertThat(context(request("ER").build()).country(UNKNOWN).findings(new HighRiskRequestingState())).isEmpty();
        assertThat(context(request("ZZ").build()).findings(new HighRiskRequestingState())).isEmpty();
    }

    @Test
    void aHighRiskFindingSaysWhichIndicatorsWereUnknown() {
        var partlyKnown = profile("AE", 68, FreedomStatus.NF, null, DeathPenaltyStatus.RETAINS, true);
        assertThat(context(request("AE").build()).country(partlyKnown).findings(new HighRiskRequestingState()))
                .singleElement().satisfies(f -> assertThat(f.evidence().explanation())
                        .contains("status NF", "Not verified in the country profiles: Freedom House score"));
    }

    @Test
    void thresholdsAreConfiguration() {
        var strict = new ScreeningConfig("BE", EnumSet.of(FreedomStatus.NF, FreedomStatus.PF), 40, 60, 0.0, List.of());
        var morocco = profile("MA", 38, FreedomStatus.PF, 37, DeathPenaltyStatus.ABOLISHED_IN_PRACTICE, true);
        var hungary = profile("HU", 42, null, null, DeathPenaltyStatus.ABOLISHED, true);
        assertThat(context(request("HU").build()).country(hungary).findings(new HighRiskRequestingState())).isEmpty();
        assertThat(context(request("HU").build()).country(hungary).config(strict).codes(new HighRiskRequestingState()))
                .containsExactly(FindingCode.HIGH_RISK_STATE);
        assertThat(context(request("MA").build()).country(morocco).config(strict).codes(new HighRiskRequestingState()))
                .containsExactly(FindingCode.HIGH_RISK_STATE);
    }

    @Test
    void noExtraditionTreatyWhenTheProfileSaysFalseAndATargetLivesHere() {
        var ctx = context(request("KZ").person(suspect("Ann Example", null)).build()).country(KZ);
        assertThat(ctx.findings(new NoExtraditionTreaty())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.NO_EXTRADITION_TREATY);
            assertThat(f.evidence().explanation()).contains("'Ann Example' (p1, SUSPECT)", "living in BE");
        });
    }

    @Test
    void unknownOrExistingTreatyOrATargetAbroadGivesNoExtraditionFinding() {
        var suspectHere = request("SA").person(suspect("Ann Example", null)).build();
        assertThat(context(suspectHere).country(SA).findings(new NoExtraditionTreaty())).isEmpty();
        assertThat(context(request("FR").person(suspect("Ann Example", null)).build()).country(FR)
                .findings(new NoExtraditionTreaty())).isEmpty();
        assertThat(context(request("KZ").person(abroad(suspect("Ann Example", null))).build()).country(KZ)
                .findings(new NoExtraditionTreaty())).isEmpty();
    }

    @Test
    void aWitnessHeardVoluntarilyIsNotATargetButOneWhoseHomeIsSearchedIs() {
        var witness = person("p1", PersonRole.WITNESS, null, null, "Ann Example");
        assertThat(context(request("KZ").person(witness).measure(measure(MeasureType.HEARING, "p1", null)).build())
                .country(KZ).findings(new NoExtraditionTreaty())).isEmpty();
        assertThat(context(request("KZ").person(witness).measure(measure(MeasureType.SEARCH, "p1", Premises.HOME))
                .build()).country(KZ).codes(new NoExtraditionTreaty())).containsExactly(FindingCode.NO_EXTRADITION_TREATY);
    }

    @Test
    void deathPenaltyRiskWhenTheStateRetainsItAndNoAssuranceIsRecorded() {
        assertThat(context(request("SA").offences(capital(null)).build()).country(SA)
                .findings(new DeathPenaltyWithoutAssurance())).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
                    assertThat(f.evidence().trigger()).isEqualTo("/offences/0/deathPenaltyPossible");
                    assertThat(f.evidence().explanation()).contains("RETAINS");
                });
        var moratorium = profile("TJ", 20, FreedomStatus.NF, 5, DeathPenaltyStatus.ABOLISHED_IN_PRACTICE, null);
        assertThat(context(request("TJ").offences(capital(false)).build()).country(moratorium)
                .codes(new DeathPenaltyWithoutAssurance())).containsExactly(FindingCode.DEATH_PENALTY_RISK);
    }

    @Test
    void assuranceRecordedOrPenaltyAbolishedOrNotPossibleRaisesNoDeathPenaltyRisk() {
        assertThat(context(request("SA").offences(capital(true)).build()).country(SA)
                .findings(new DeathPenaltyWithoutAssurance())).isEmpty();
        assertThat(context(request("KZ").offences(capital(null)).build()).country(KZ)
                .findings(new DeathPenaltyWithoutAssurance())).isEmpty();
        assertThat(context(request("SA").build()).country(SA).findings(new DeathPenaltyWithoutAssurance())).isEmpty();
    }

    @Test
    void anUnknownDeathPenaltyCellDoesNotSilenceWhatTheRequestSaysAndTheFindingSaysItWasMissing() {
        assertThat(context(request("ER").offences(capital(null)).build()).country(UNKNOWN)
                .findings(new DeathPenaltyWithoutAssurance())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("do not say whether"));
    }
}
