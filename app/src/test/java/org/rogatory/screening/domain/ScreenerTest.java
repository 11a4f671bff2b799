package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.capital;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.measure;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Premises;

class ScreenerTest {

    @Test
    void thereIsOneRulePerFindingCode() {
        assertThat(ScreeningRules.all()).hasSize(FindingCode.values().length);
        assertThat(ScreeningRules.all().stream().map(Object::getClass).distinct()).hasSize(FindingCode.values().length);
        assertThat(ScreeningRules.all()).extracting(r -> r.getClass().getSimpleName())
                .containsAll(ScreeningRules.fromRequestAlone().stream().map(r -> r.getClass().getSimpleName()).toList());
    }

    @Test
    void theRequestAloneCanStillBeScreenedWithEveryRule() {
        var request = request("SA").offences(capital(null)).person(suspect("Ann Example", null))
                .measure(measure(MeasureType.SEARCH, "p1", Premises.HOME)).build();
        var findings = new Screener(ScreeningRules.all()).screen(new ScreeningContext(request));
        assertThat(findings).extracting(Finding::code)
                .containsExactly(FindingCode.DEATH_PENALTY_RISK, FindingCode.INVESTIGATING_JUDGE_REQUIRED);
    }

    @Test
    void screeningTheSameRequestTwiceGivesTheSameIds() {
        var request = request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14")).build();
        var reference = ReferenceData.of(List.of(entry("R-1", "REFUGEE", "1976-03-14", "KZ", "Dinara Kuanyshbayeva")),
                List.of(), List.of(), List.of(), FakeMatcher.exact());
        var screener = new Screener(ScreeningRules.all());
        var first = screener.screen(new ScreeningContext(request, reference, ScreeningConfig.defaults()));
        var second = screener.screen(new ScreeningContext(request, reference, ScreeningConfig.defaults()));
        assertThat(first).extracting(Finding::id).isNotEmpty().isEqualTo(second.stream().map(Finding::id).toList());
    }

    @Test
    void candidatesBelowTheReviewThresholdBecomeNoFinding() {
        var request = request("KZ").person(suspect("Kuanyshbayeva", null)).build();
        var reference = ReferenceData.of(List.of(entry("R-1", "REFUGEE", "1976-03-14", "KZ", "Dinara Kuanyshbayeva")),
                List.of(), List.of(), List.of(), FakeMatcher.exact());
        var screener = new Screener(List.of(new RefugeeFromRequestingState()));
        assertThat(screener.screen(new ScreeningContext(request, reference, ScreeningConfig.defaults()))).hasSize(1);
        assertThat(screener.screen(new ScreeningContext(request, reference,
                ScreeningConfig.defaults().withReviewThreshold(0.9)))).isEmpty();
    }
}
