package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.decision;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.organisation;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.screening.domain.PriorDecision.Kind;

class TextAndDecisionRulesTest {

    static final RegisterEntry ALLY = entry("R-2", "REFUGEE", "1963-05-16", "KZ", "Mukhtar Ablyazov", "Мухтар Аблязов");

    @Test
    void aRegisterPersonNamedInASentenceOfTheFactsIsAnAssociate() {
        var facts = "They accuse her of having helped her ally Abyazov to hide millions abroad.";
        var findings = context(request("KZ").person(suspect("Bota Example", null)).facts(facts).build())
                .register(ALLY).variants(Map.of("abyazov", "ablyazov"))
                .findings(new AssociateOfProtectedPerson());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ASSOCIATE_OF_PROTECTED_PERSON);
            assertThat(f.personRef()).isNull();
            assertThat(f.registerId()).isEqualTo("R-2");
            assertThat(f.evidence().trigger()).isEqualTo("/facts: \"Abyazov\"");
        });
    }

    @Test
    void thePersonsOfTheRequestAreNotTheirOwnAssociates() {
        var facts = "Dinara Kuanyshbayeva, born on 14 March 1976, is said to have drafted the agreements.";
        var ctx = context(request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14")).facts(facts).build())
                .register(entry("R-1", "REFUGEE", "1976-03-14", "KZ", "Dinara Kuanyshbayeva"));
        assertThat(ctx.findings(new AssociateOfProtectedPerson())).isEmpty();
    }

    @Test
    void namesInOrganisationNamesAndCareOfLinesAreScreenedToo() {
        var person = new Person("p1", PersonRole.SUSPECT, List.of(new PersonName("Ann Example", null, null, null)),
                null, List.of(), null, List.of(new Address("BE", "Brussels", "c/o Mukhtar Ablyazov, Rue Haute 1")));
        var ctx = context(request("KZ").person(person).build()).register(ALLY);
        assertThat(ctx.findings(new AssociateOfProtectedPerson())).extracting(f -> f.evidence().trigger())
                .containsExactly("/persons/0/addresses/0/line: \"Mukhtar Ablyazov\"");
        var organisationOnly = context(request("KZ").person(suspect("Ann Example", null))
                .organisation(organisation("o1", "Ablyazov Family Foundation", OrganisationRole.OTHER, null)).build())
                .register(ALLY);
        assertThat(organisationOnly.findings(new AssociateOfProtectedPerson())).extracting(Finding::registerId)
                .containsExactly("R-2");
        var mentionedTwice = context(request("KZ").person(person)
                .organisation(organisation("o1", "Ablyazov Family Foundation", OrganisationRole.OTHER, null)).build())
                .register(ALLY);
        assertThat(mentionedTwice.findings(new AssociateOfProtectedPerson())).hasSize(1);
    }

    @Test
    void aPersonOnlyInDecisionsNamedInTheFactsIsAnAssociateWithAnAdverseDecision() {
        var facts = "Part of the funds passed through a company managed by her brother Ruslan Kuanyshbayev.";
        var ctx = context(request("KZ").person(suspect("Ann Example", null)).facts(facts).build())
                .decisions(decision("D-2", Kind.UN_WGAD_OPINION, null, "KZ", "Ruslan Kuanyshbayev"));
        assertThat(ctx.findings(new AssociateOfProtectedPerson())).singleElement()
                .satisfies(f -> assertThat(f.registerId()).isEqualTo("D-2"));
        assertThat(ctx.findings(new PriorAdverseDecision())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isNull();
            assertThat(f.registerId()).isEqualTo("D-2");
        });
    }

    @Test
    void aDecisionConcerningAnotherStateIsNotAdverseToThisRequest() {
        var request = request("AE").person(suspect("Farhad Rezaei-Ashtiani", "1983-05-18")).build();
        var asylumAgainstIran = decision("D-13", Kind.ASYLUM_GRANTED, "BE", "IR", "Farhad Rezaei-Ashtiani");
        assertThat(context(request).decisions(asylumAgainstIran).findings(new PriorAdverseDecision())).isEmpty();
        var againstTheRequester = decision("D-19", Kind.EXTRADITION_REFUSED, "BE", "AE", "Farhad Rezaei-Ashtiani");
        assertThat(context(request).decisions(againstTheRequester).findings(new PriorAdverseDecision()))
                .singleElement().satisfies(f -> {
                    assertThat(f.personRef()).isEqualTo("p1");
                    assertThat(f.registerId()).isEqualTo("D-19");
                });
    }

    @Test
    void aDecisionIsReachedThroughTheRegisterEntryWhenItsNamesAreInAnotherScript() {
        var refugee = entry("R-50", "REFUGEE", "1979-10-05", "BY", "Viktar Hrynkevich", "Віктар Грынкевіч");
        var asylum = decision("D-8", Kind.ASYLUM_GRANTED, "BE", "BY", "Viktar Hrynkevich");
        var ctx = context(request("BY").person(suspect("Віктар Грынкевіч", "1979-10-05")).build())
                .register(refugee).decisions(asylum);
        assertThat(ctx.findings(new PriorAdverseDecision())).singleElement().satisfies(f -> {
            assertThat(f.registerId()).isEqualTo("D-8");
            assertThat(f.evidence().explanation()).contains("via register entry R-50");
        });
    }

    @Test
    void aDecisionAboutANamesakeBornOnAnotherDateIsNotThePersons() {
        var refugee = entry("R-60", "REFUGEE", "1988-05-02", "TJ", "Jamshed Rahimov");
        var deletion = decision("D-12", Kind.INTERPOL_DATA_DELETED, null, "TJ", "Jamshed Rahimov");
        var namesake = context(request("TJ").person(suspect("Jamshed Rahimov", "1961-12-20")).build())
                .register(refugee).decisions(deletion);
        assertThat(namesake.findings(new PriorAdverseDecision())).isEmpty();
        var same = context(request("TJ").person(suspect("Jamshed Rahimov", "1988-05-02")).build())
                .register(refugee).decisions(deletion);
        assertThat(same.findings(new PriorAdverseDecision())).extracting(Finding::registerId).containsExactly("D-12");
        var unknownDate = context(request("TJ").person(suspect("Jamshed Rahimov", null)).build())
                .register(refugee).decisions(deletion);
        assertThat(unknownDate.findings(new PriorAdverseDecision())).hasSize(1);
    }

    @Test
    void aDecisionNamingNamesakesIsAboutTheOneProtectedAgainstTheStateItConcerns() {
        var refugee = entry("R-60", "REFUGEE", "1988-05-02", "TJ", "Jamshed Rahimov");
        var lawyer = entry("R-61", "LAWYER", "1961-12-20", "", "Jamshed Rahimov");
        var deletion = decision("D-12", Kind.INTERPOL_DATA_DELETED, null, "TJ", "Jamshed Rahimov");
        var theLawyer = context(request("TJ").person(suspect("Jamshed Rahimov", "1961-12-20")).build())
                .register(refugee, lawyer).decisions(deletion);
        assertThat(theLawyer.findings(new PriorAdverseDecision())).isEmpty();
        var theRefugee = context(request("TJ").person(suspect("Jamshed Rahimov", "1988-05-02")).build())
                .register(refugee, lawyer).decisions(deletion);
        assertThat(theRefugee.findings(new PriorAdverseDecision())).extracting(Finding::registerId)
                .containsExactly("D-12");
    }

    @Test
    void aBirthDateGivenAfterANameInTheFactsRulesOutNamesakes() {
        var facts = "The funds were received by Jamshed Rahimov, born on 20 December 1961, in Brussels.";
        var ctx = context(request("TJ").person(suspect("Ann Example", null)).facts(facts).build())
                .register(entry("R-60", "REFUGEE", "1988-05-02", "TJ", "Jamshed Rahimov"),
                        entry("R-61", "LAWYER", "1961-12-20", "", "Jamshed Rahimov"));
        assertThat(ctx.findings(new AssociateOfProtectedPerson())).extracting(Finding::registerId)
                .containsExactly("R-61");
    }

    @Test
    void aBenignRequestNamesNobodyKnown() {
        var ctx = context(request("FR").person(suspect("Lucien Garnier-Vasseur", "1971-08-19"))
                .facts("SARL Transports Delacroix-Mouret, managed by Lucien Garnier-Vasseur, bought lorries in Mons.")
                .build())
                .register(ALLY).decisions(decision("D-2", Kind.UN_WGAD_OPINION, null, "KZ", "Ruslan Kuanyshbayev"));
        assertThat(ctx.findings(new AssociateOfProtectedPerson())).isEmpty();
        assertThat(ctx.findings(new PriorAdverseDecision())).isEmpty();
    }
}
