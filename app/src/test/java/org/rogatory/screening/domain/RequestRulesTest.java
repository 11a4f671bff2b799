package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.offence;
import static org.rogatory.screening.domain.Fixtures.organisation;
import static org.rogatory.screening.domain.Fixtures.person;
import static org.rogatory.screening.domain.Fixtures.profile;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
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
        assertThat(context(request("KZ").offences(embezzlement).person(suspect("Ann Example", null))
                .person(person("p2", PersonRole.WITNESS, null, null, "Dinara Kuanyshbayeva")).build())
                .register(refugee).findings(new PoliticalOffenceIndicators()))
                .as("the charges are against the suspect, not the witness").isEmpty();
    }

    @Test
    void anyChargeAgainstSomeoneTheRegisterProtectsFromTheRequesterIsAnIndicator() {
        var refugee = entry("R-1", "REFUGEE", "1976-03-14", "IR", "Shirin Mohammadi Farahani");
        var drugs = offence(OffenceCategory.DRUGS, "Possession of opium for sale");
        assertThat(context(request("IR").offences(drugs).person(suspect("Shirin Mohammadi Farahani", null)).build())
                .register(refugee).findings(new PoliticalOffenceIndicators())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("charges against", "R-1"));
        assertThat(context(request("AE").offences(drugs).person(suspect("Shirin Mohammadi Farahani", null)).build())
                .register(refugee).findings(new PoliticalOffenceIndicators())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Propaganda against the system of the Islamic Republic",
        "Assembly and collusion against national security", "Inciting subversion of state power",
        "Participation in the activities of an undesirable organisation", "Failure to register as a foreign agent",
        "Undermining national unity", "Picking quarrels and provoking trouble", "Calls for the seizure of power",
        "Public actions discrediting the use of the armed forces", "Espionage for a foreign state",
        "Участие в деятельности нежелательной организации", "Распространение заведомо ложной информации"})
    void chargesAgainstTheSecurityOfTheStateAreIndicators(String description) {
        assertThat(context(request("IR").offences(offence(OffenceCategory.OTHER, description)).build())
                .codes(new PoliticalOffenceIndicators())).containsExactly(FindingCode.POLITICAL_OFFENCE_INDICATORS);
    }

    @Test
    void theLegalQualificationOfAChargeIsReadToo() {
        var offence = new Offence("Publications on a website", OffenceCategory.OTHER,
                "Article 280 of the Criminal Code (public calls for extremist activity)", 5, false, null, null, null);
        assertThat(context(request("RU").offences(offence).build()).findings(new PoliticalOffenceIndicators()))
                .singleElement().satisfies(f -> assertThat(f.evidence().trigger()).contains("/legalQualification"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Several of the company's bills of exchange were protested in May.",
        "The cheques were protested for non-payment.", "The bank paid the draft under protest.",
        "A notarial protest of the promissory notes was drawn up.", "The auditors were discredited in extremis.",
        "The rival firm accuses them of industrial espionage."})
    void aWordOfDissentInItsEverydaySenseIsNoIndicator(String facts) {
        assertThat(context(request("NL").offences(offence(OffenceCategory.FRAUD, "Subsidy fraud")).facts(facts).build())
                .findings(new PoliticalOffenceIndicators())).isEmpty();
        assertThat(context(request("NL").facts(facts + " He also organised protests against the government.").build())
                .codes(new PoliticalOffenceIndicators())).containsExactly(FindingCode.POLITICAL_OFFENCE_INDICATORS);
    }

    @Test
    void terrorismWordedInTheChargeIsAnIndicatorFromAHighRiskState() {
        var notFree = profile("IR", 24, FreedomStatus.NF, 11, DeathPenaltyStatus.RETAINS, null);
        var membership = offence(OffenceCategory.OTHER, "Membership of a terrorist organisation");
        assertThat(context(request("IR").offences(membership).build()).country(notFree)
                .codes(new PoliticalOffenceIndicators())).containsExactly(FindingCode.POLITICAL_OFFENCE_INDICATORS);
        var robbery = offence(OffenceCategory.VIOLENCE, "Armed robbery of a jeweller, terrorising the staff");
        assertThat(context(request("IR").offences(robbery).build()).country(notFree)
                .findings(new PoliticalOffenceIndicators())).isEmpty();
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
