package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.decision;
import static org.rogatory.screening.domain.Fixtures.earlier;
import static org.rogatory.screening.domain.Fixtures.organisation;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.screening.domain.PriorDecision.Kind;

class HistoryRulesTest {

    @Test
    void aPersonAlreadyInAnOpenRequestBeforeAnotherJudgeIsARelatedCaseNotARefusal() {
        var open = earlier("H-3", "JUDGE_REVIEW", "Judge C. Lambrechts (Brussels)",
                request("MA").reference("MA-TNG-2023/1187").person(suspect("Hicham Oubaha", "1990-10-17")).build());
        var ctx = context(request("MA").person(suspect("Hicham Oubaha", "1990-10-17")).build()).history(open);
        assertThat(ctx.findings(new RelatedCase())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.RELATED_CASE);
            assertThat(f.personRef()).isEqualTo("p1");
            assertThat(f.registerId()).isEqualTo("H-3");
            assertThat(f.evidence().explanation()).contains("MA-TNG-2023/1187", "JUDGE_REVIEW",
                    "Judge C. Lambrechts (Brussels)");
        });
        assertThat(ctx.findings(new PriorRefusal())).isEmpty();
    }

    @Test
    void aPersonOfARefusedRequestGivesPriorRefusalAndRelatedCase() {
        var refused = earlier("H-2", "REFUSED", null,
                request("BY").reference("BY-SK-2022/0419").person(suspect("Viktar Hrynkevich", "1979-10-05")).build());
        var ctx = context(request("BY").person(suspect("Viktar Hrynkevich", "1979-10-05")).build()).history(refused);
        assertThat(ctx.findings(new PriorRefusal())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isEqualTo("p1");
            assertThat(f.registerId()).isEqualTo("H-2");
            assertThat(f.evidence().explanation()).contains("no judge assigned");
        });
        assertThat(ctx.codes(new RelatedCase())).containsExactly(FindingCode.RELATED_CASE);
    }

    @Test
    void theSameForeignCaseNumberInTheFactsRelatesTwoRequestsWithoutACommonPerson() {
        var first = earlier("H-1", "CLOSED", "Judge M. Verhaegen (Brussels)", request("KZ").reference("KZ-ACA-2017/0193")
                .facts("Pre-trial case No. 157100121000045 concerns the transfer of funds between 2008 and 2010.")
                .person(suspect("Someone Else", null)).build());
        var ctx = context(request("KZ").reference("KZ-ACA-2024/0877")
                .facts("The agency is investigating pre-trial case No. 157100121000045 from 2008-2010 on 14.03.2024.")
                .person(suspect("Ann Example", null)).build()).history(first);
        assertThat(ctx.findings(new RelatedCase())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isNull();
            assertThat(f.evidence().explanation()).contains("same case number 157100121000045", "Judge M. Verhaegen")
                    .doesNotContain("2008-2010");
        });
    }

    @Test
    void aCitedReferenceOrTheSameComplainantRelatesTwoRequests() {
        var earlierRequest = earlier("H-7", "CLOSED", null, request("KZ").reference("KZ-1/2017")
                .organisation(organisation("o1", "PJSC AltynTrust Bank (Ukraine)", OrganisationRole.COMPLAINANT, "KZ"))
                .person(suspect("Someone Else", null)).build());
        var citing = context(request("KZ").related("KZ-1/2017").person(suspect("Ann Example", null)).build())
                .history(earlierRequest);
        assertThat(citing.findings(new RelatedCase())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("cites its reference KZ-1/2017"));
        var sameComplainant = context(request("KZ").person(suspect("Ann Example", null))
                .organisation(organisation("o9", "AltynTrust Bank PJSC (Ukraine)", OrganisationRole.CIVIL_PARTY, "KZ"))
                .build()).history(earlierRequest);
        assertThat(sameComplainant.findings(new RelatedCase())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("same complainant"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            TR-ANK-2020-0031 |
            TR-ANK 2020/0031 |
            ANK-2020/0031    |
            2020/0031        |
                             | This request follows up file tr-ank-2020-0031 on the same network.
                             | It follows up Ankara file 2020-0031 on the same network.
            """)
    void aReferenceCitedWithOtherSeparatorsOrWithoutItsPrefixIsTheSameCase(String related, String facts) {
        var earlierRequest = earlier("H-5", "CLOSED", null, request("TR").reference("TR-ANK-2020/0031")
                .person(suspect("Someone Else", null)).build());
        var citing = request("TR").person(suspect("Ann Example", null));
        if (related != null) {
            citing.related(related);
        }
        if (facts != null) {
            citing.facts(facts);
        }
        var ctx = context(citing.build()).history(earlierRequest);
        assertThat(ctx.codes(new RelatedCase())).containsExactly(FindingCode.RELATED_CASE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MA | The facts cite file MA-TNG-2023/11875 of the Tangier court.
            MA | Payments were made under contract 1187 in 2023.
            DE | The public prosecutor of Hamburg opened file No. 2023/1187 on the laundering.
            """)
    void aLongerNumberABareNumberFromAnotherStateOrOnePartAloneIsNoCitation(String state, String facts) {
        var earlierRequest = earlier("H-3", "CLOSED", null, request("MA").reference("MA-TNG-2023/1187")
                .person(suspect("Someone Else", null)).build());
        var ctx = context(request(state).facts(facts).person(suspect("Ann Example", null)).build())
                .history(earlierRequest);
        assertThat(ctx.findings(new RelatedCase())).isEmpty();
    }

    @Test
    void aCaseNumberWhoseSecondPartLooksLikeAnEarlierYearIsANumberNotAYearRange() {
        var earlierRequest = earlier("H-9", "CLOSED", null, request("DE").reference("DE-STA-M-2022/1964")
                .person(suspect("Someone Else", null)).build());
        var ctx = context(request("DE").facts("This request supplements our file No. 2022/1964 with new accounts.")
                .person(suspect("Ann Example", null)).build()).history(earlierRequest);
        assertThat(ctx.codes(new RelatedCase())).containsExactly(FindingCode.RELATED_CASE);
    }

    @Test
    void anUnrelatedEarlierRequestFromTheSameStateIsNotARelatedCase() {
        var other = earlier("H-10", "CLOSED", "Judge A. Nuyts (Leuven)", request("DE").reference("DE-STA-KOE-2023/1190")
                .facts("Lars Mittelstaedt operated phishing pages; servers HV-07 were searched in 2023.")
                .person(suspect("Lars Mittelstaedt", null)).build());
        var ctx = context(request("DE").reference("DE-STA-KOE-ZAC-2025/0417")
                .facts("Timo Reinhardt-Kowalczyk maintained servers HV-07 and HV-09 for the group.")
                .person(suspect("Timo Reinhardt-Kowalczyk", "1993-06-01")).build()).history(other);
        assertThat(ctx.findings(new RelatedCase())).isEmpty();
    }

    @Test
    void aNamesakeBornOnAnotherDateIsNotTheEarlierRequestsPerson() {
        var refused = earlier("H-2", "REFUSED", null, request("BY").reference("BY-SK-2022/0419")
                .person(suspect("Viktar Hrynkevich", "1979-10-05")).build());
        var ctx = context(request("BY").person(suspect("Viktar Hrynkevich", "1990-01-01")).build()).history(refused);
        assertThat(ctx.findings(new PriorRefusal())).isEmpty();
        assertThat(ctx.findings(new RelatedCase())).isEmpty();
    }

    @Test
    void aRefusalDecidedHereIsAPriorRefusalButOneDecidedElsewhereIsNot() {
        var request = request("KZ").person(suspect("Yermek Baisalov", "1961-09-02")).build();
        var luxembourg = decision("D-20", Kind.MLA_REFUSED, "LU", "KZ", "Yermek Baisalov");
        assertThat(context(request).decisions(luxembourg).findings(new PriorRefusal())).isEmpty();
        var belgium = decision("D-7", Kind.MLA_REFUSED, "BE", "KZ", "Yermek Baisalov");
        assertThat(context(request).decisions(belgium).findings(new PriorRefusal())).singleElement()
                .satisfies(f -> assertThat(f.registerId()).isEqualTo("D-7"));
    }

    @Test
    void theRefusedRequestAndTheDecisionRefusingItAreOnePriorRefusalNamingBoth() {
        var refused = earlier("H-2", "REFUSED", null, request("BY").reference("BY-SK-2022/0419")
                .person(suspect("Viktar Hrynkevich", "1979-10-05")).build());
        var decision = decision("D-7", Kind.MLA_REFUSED, "BE", "BY", "Viktar Hrynkevich");
        var ctx = context(request("BY").person(suspect("Viktar Hrynkevich", "1979-10-05")).build()).history(refused)
                .decisions(decision);
        assertThat(ctx.findings(new PriorRefusal())).singleElement().satisfies(f -> {
            assertThat(f.registerId()).isEqualTo("H-2");
            assertThat(f.evidence().explanation()).contains("BY-SK-2022/0419", "D-7");
        });
    }

    @Test
    void aRequestCitingARefusedOneIsAPriorRefusalEvenWithoutANameInCommon() {
        var refused = earlier("H-2", "REFUSED", null, request("BY").reference("BY-SK-2022/0419")
                .person(suspect("Viktar Hrynkevich", "1979-10-05")).build());
        var ctx = context(request("BY").related("BY-SK-2022/0419").person(suspect("В. Г.", null)).build())
                .history(refused);
        assertThat(ctx.findings(new PriorRefusal())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isNull();
            assertThat(f.registerId()).isEqualTo("H-2");
        });
    }
}
