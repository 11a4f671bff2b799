package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.offence;
import static org.rogatory.screening.domain.Fixtures.organisation;
import static org.rogatory.screening.domain.Fixtures.profile;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;
import org.rogatory.screening.domain.ScreeningConfig.StateOwnedEntity;

class RequestRulesTest {

    @Test
    void publicOrderAndInsultChargesArePoliticalOffenceIndicators() {
        var ctx = context(request("AZ").offences(
                offence(OffenceCategory.INSULT_OF_OFFICIALS, "Public insult of the President"),
                offence(OffenceCategory.TAX, "Tax evasion through undeclared foreign grants")).build());
        assertThat(ctx.findings(new PoliticalOffenceIndicators())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.POLITICAL_OFFENCE_INDICATORS);
            assertThat(f.evidence().trigger()).contains("/offences/0/category");
            assertThat(f.evidence().explanation()).contains("INSULT_OF_OFFICIALS", "insult");
        });
    }

    @Test
    void wordingOfTheFactsCanBeAnIndicator() {
        var ctx = context(request("EG").facts("He administers pages that publish false news and call for protests.")
                .build());
        assertThat(ctx.findings(new PoliticalOffenceIndicators())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("false news", "protest"));
    }

    @Test
    void ordinaryCrimeIsNoPoliticalOffenceIndicator() {
        var ctx = context(request("SA").offences(offence(OffenceCategory.DRUGS, "Smuggling of amphetamine tablets"))
                .facts("Customs found 2.1 million tablets in industrial dryers shipped in a container from Antwerp.")
                .build());
        assertThat(ctx.findings(new PoliticalOffenceIndicators())).isEmpty();
    }

    @Test
    void terrorismChargesAreAnIndicatorOnlyFromAHighRiskState() {
        var terrorism = offence(OffenceCategory.TERRORISM, "Participation in an illegal armed formation");
        assertThat(context(request("RU").offences(terrorism).build())
                .country(profile("RU", 26, FreedomStatus.NF, 13, DeathPenaltyStatus.ABOLISHED_IN_PRACTICE, true))
                .codes(new PoliticalOffenceIndicators())).containsExactly(FindingCode.POLITICAL_OFFENCE_INDICATORS);
        assertThat(context(request("FR").offences(terrorism).build())
                .country(profile("FR", 71, FreedomStatus.F, 89, DeathPenaltyStatus.ABOLISHED, true))
                .findings(new PoliticalOffenceIndicators())).isEmpty();
    }

    @Test
    void economicChargesAgainstSomeoneTheRegisterProtectsFromTheRequesterAreAnIndicator() {
        var refugee = entry("R-1", "REFUGEE", "1976-03-14", "KZ", "Dinara Kuanyshbayeva");
        var embezzlement = offence(OffenceCategory.EMBEZZLEMENT, "Embezzlement of the funds of a bank");
        assertThat(context(request("KZ").offences(embezzlement).person(suspect("Dinara Kuanyshbayeva", null)).build())
                .register(refugee).findings(new PoliticalOffenceIndicators())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("economic charges against", "R-1"));
        assertThat(context(request("KZ").offences(embezzlement).person(suspect("Ann Example", null)).build())
                .register(refugee).findings(new PoliticalOffenceIndicators())).isEmpty();
    }

    @Test
    void aComplainantOwnedByTheRequestingStateIsStateLinked() {
        var ctx = context(request("KZ")
                .organisation(organisation("o1", "PJSC AltynTrust Bank (Ukraine)", OrganisationRole.COMPLAINANT, "KZ"))
                .build());
        assertThat(ctx.findings(new StateLinkedComplainant())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isEqualTo("o1");
            assertThat(f.evidence().trigger()).isEqualTo("/organisations/0/stateLinkedTo");
        });
    }

    @Test
    void anOrganisationLinkedToAnotherStateOrNotAComplainantIsNotStateLinked() {
        assertThat(context(request("KZ")
                .organisation(organisation("o1", "Bank of Elsewhere", OrganisationRole.COMPLAINANT, "UA")).build())
                .findings(new StateLinkedComplainant())).isEmpty();
        assertThat(context(request("KZ")
                .organisation(organisation("o1", "State Holding", OrganisationRole.ACCOUNT_HOLDER, "KZ")).build())
                .findings(new StateLinkedComplainant())).isEmpty();
    }

    @Test
    void theConfiguredListOfStateOwnedEntitiesCatchesUndeclaredLinks() {
        var config = ScreeningConfig.defaults()
                .withStateOwnedEntities(List.of(new StateOwnedEntity("KZ", "AltynTrust Bank JSC")));
        var ctx = context(request("KZ")
                .organisation(organisation("o1", "PJSC AltynTrust Bank (Ukraine)", OrganisationRole.CIVIL_PARTY, null))
                .build()).config(config);
        assertThat(ctx.codes(new StateLinkedComplainant())).containsExactly(FindingCode.STATE_LINKED_COMPLAINANT);
        var otherState = context(request("UZ")
                .organisation(organisation("o1", "PJSC AltynTrust Bank (Ukraine)", OrganisationRole.CIVIL_PARTY, null))
                .build()).config(config);
        assertThat(otherState.findings(new StateLinkedComplainant())).isEmpty();
    }
}
