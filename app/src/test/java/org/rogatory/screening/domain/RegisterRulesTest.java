package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.context;
import static org.rogatory.screening.domain.Fixtures.entry;
import static org.rogatory.screening.domain.Fixtures.measure;
import static org.rogatory.screening.domain.Fixtures.person;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.matching.RegisterEntry;

class RegisterRulesTest {

    static final RegisterEntry REFUGEE_LAWYER = entry("R-1", "REFUGEE|LAWYER|HUMAN_RIGHTS_DEFENDER", "1976-03-14", "KZ",
            "Dinara Kuanyshbayeva", "Динара Куанышбаева");
    static final RegisterEntry SAME_FAMILY_NAME = entry("R-3", "ASYLUM_APPLICANT", "1981-11-02", "KZ",
            "Aliya Kuanyshbayeva");
    static final Map<String, String> SPELLINGS = Map.of("kuanishbaeva", "kuanyshbayeva");

    @Test
    void refugeeFromTheRequestingStateIsBlockingAndSaysWhichEntryAndName() {
        var findings = context(request("KZ").person(suspect("Dinara Kuanishbaeva", "1976-03-14")).build())
                .register(REFUGEE_LAWYER, SAME_FAMILY_NAME).variants(SPELLINGS)
                .findings(new RefugeeFromRequestingState());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.REFUGEE_FROM_REQUESTING_STATE);
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.personRef()).isEqualTo("p1");
            assertThat(f.registerId()).isEqualTo("R-1");
            assertThat(f.evidence().matchedName()).isEqualTo("Dinara Kuanyshbayeva");
            assertThat(f.evidence().score()).isEqualTo(1.0);
            assertThat(f.evidence().trigger()).isEqualTo("/persons/0/names");
            assertThat(f.evidence().explanation()).contains("R-1", "KZ", "Dinara Kuanishbaeva");
            assertThat(f.grounds()).contains("CSR51-33-1");
        });
    }

    @Test
    void refugeeFromAnotherStateIsProtectedPersonNotBlocking() {
        var iranianRefugee = entry("R-40", "REFUGEE", "1983-05-18", "IR", "Farhad Rezaei-Ashtiani");
        var ctx = context(request("AE").person(suspect("Farhad Rezaei Ashtiani", "1983-05-18")).build())
                .register(iranianRefugee);
        assertThat(ctx.findings(new RefugeeFromRequestingState())).isEmpty();
        assertThat(ctx.findings(new ProtectedPersonFromAnotherState())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.PROTECTED_PERSON);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.registerId()).isEqualTo("R-40");
            assertThat(f.evidence().explanation()).contains("IR", "not against the requesting state AE");
        });
    }

    @Test
    void refugeeFromTheRequestingStateIsNotAlsoProtectedPerson() {
        var ctx = context(request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14")).build())
                .register(REFUGEE_LAWYER);
        assertThat(ctx.findings(new ProtectedPersonFromAnotherState())).isEmpty();
    }

    @Test
    void namesakeWithConflictingBirthDateRaisesNoPersonLevelFinding() {
        var refugee = entry("R-60", "REFUGEE", "1988-05-02", "TJ", "Jamshed Rahimov");
        var lawyer = entry("R-61", "LAWYER", "1961-12-20", "", "Jamshed Rahimov");
        var search = measure(MeasureType.SEARCH, "p1", Premises.HOME);
        var young = context(request("TJ").person(suspect("Jamshed Rahimov", "1988-05-02")).measure(search).build())
                .register(refugee, lawyer);
        assertThat(young.findings(new RefugeeFromRequestingState())).extracting(Finding::registerId)
                .containsExactly("R-60");
        assertThat(young.findings(new ProfessionBoundToSecrecy())).isEmpty();
        assertThat(young.findings(new LawyerPremisesNeedBarPresident())).isEmpty();
        assertThat(young.findings(new PrivilegedMaterialNeedsReview())).isEmpty();

        var old = context(request("TJ").person(suspect("Jamshed Rahimov", "1961-12-20")).measure(search).build())
                .register(refugee, lawyer);
        assertThat(old.findings(new RefugeeFromRequestingState())).isEmpty();
        assertThat(old.findings(new ProfessionBoundToSecrecy())).extracting(Finding::registerId)
                .containsExactly("R-61");
        assertThat(old.findings(new LawyerPremisesNeedBarPresident())).extracting(Finding::registerId)
                .containsExactly("R-61");
    }

    @Test
    void withoutBirthDateBothNamesakesAreReportedForAnOfficerToTellApart() {
        var ctx = context(request("TJ").person(suspect("Jamshed Rahimov", null)).build())
                .register(entry("R-60", "REFUGEE", "1988-05-02", "TJ", "Jamshed Rahimov"),
                        entry("R-61", "LAWYER", "1961-12-20", "", "Jamshed Rahimov"));
        assertThat(ctx.findings(new RefugeeFromRequestingState())).extracting(Finding::registerId).containsExactly("R-60");
        assertThat(ctx.findings(new ProfessionBoundToSecrecy())).extracting(Finding::registerId).containsExactly("R-61");
    }

    @Test
    void protectionEntryWithoutPersecutingStatesIsReadByNationality() {
        var noStates = new RegisterEntry("R-9", List.of("REFUGEE"), List.of("Ann Example"), null, List.of("KZ"),
                List.of(), null, null);
        var ctx = context(request("KZ").person(suspect("Ann Example", null)).build()).register(noStates);
        assertThat(ctx.findings(new RefugeeFromRequestingState())).singleElement()
                .satisfies(f -> assertThat(f.evidence().explanation()).contains("no persecuting state"));
        var other = context(request("AE").person(suspect("Ann Example", null)).build()).register(noStates);
        assertThat(other.codes(new ProtectedPersonFromAnotherState())).containsExactly(FindingCode.PROTECTED_PERSON);
    }

    @Test
    void professionalSecrecyFromTheRegisterOrFromTheRequestsOwnWord() {
        var journalist = entry("R-20", "JOURNALIST", "1988-07-30", "", "Leman Gasimzade", "Ləman Qasımzadə");
        var byRegister = context(request("AZ").person(suspect("Leman Gasimzade", "1988-07-30")).build())
                .register(journalist);
        assertThat(byRegister.findings(new ProfessionBoundToSecrecy())).singleElement()
                .satisfies(f -> assertThat(f.registerId()).isEqualTo("R-20"));
        var byProfession = context(request("AZ")
                .person(person("p1", PersonRole.SUSPECT, null, "journalist, editor-in-chief", "Ann Example")).build());
        assertThat(byProfession.findings(new ProfessionBoundToSecrecy())).singleElement().satisfies(f -> {
            assertThat(f.personRef()).isEqualTo("p1");
            assertThat(f.registerId()).isNull();
            assertThat(f.evidence().trigger()).isEqualTo("/persons/0/profession");
        });
        var both = context(request("AZ")
                .person(person("p1", PersonRole.SUSPECT, "1988-07-30", "journalist", "Leman Gasimzade")).build())
                .register(journalist);
        assertThat(both.findings(new ProfessionBoundToSecrecy())).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Search of the offices of the law firm Dupont & Associés, rue Haute 5 | LAW_OFFICE
            Perquisition au cabinet d'avocats de Maître Dupont                  | LAW_OFFICE
            Durchsuchung der Rechtsanwaltskanzlei Brandt                         | LAW_OFFICE
            Seizure of servers in the editorial office of the weekly             | NEWSROOM
            Search of the Arztpraxis of Dr. Weber                                | MEDICAL_PRACTICE
            """)
    void premisesNamedInTheDetailsOfASearchOfAnOfficeCountAsDeclared(String details, Premises named) {
        var measure = new Measure(MeasureType.SEARCH, "p1", Premises.OFFICE, null, null, List.of(), details);
        var ctx = context(request("DE").person(suspect("Ann Example", null)).measure(measure).build());
        assertThat(ctx.codes(new ProfessionBoundToSecrecy())).containsExactly(FindingCode.PROFESSIONAL_SECRECY);
        assertThat(ctx.codes(new PrivilegedMaterialNeedsReview())).containsExactly(FindingCode.PRIVILEGE_REVIEW);
        assertThat(ctx.codes(new LawyerPremisesNeedBarPresident())).hasSize(named == Premises.LAW_OFFICE ? 1 : 0);
        assertThat(ctx.findings(new PrivilegedMaterialNeedsReview())).singleElement()
                .satisfies(f -> assertThat(f.evidence().trigger()).isEqualTo("/measures/0/details"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Cabinet d'avocats Lemaire & Associés SRL | Dossier relatif à l'acquisition: instructions du client
            AZ Sint-Jan Brugge                       | Patiëntendossier van het kind, opnameverslag
            Hôpital Saint-Pierre                     | Admission records of the suspect
            """)
    void documentsProducedByALawFirmOrAHospitalAreReviewedForSecrecy(String organisation, String details) {
        var measure = new Measure(MeasureType.DOCUMENT_PRODUCTION, "o1", null, null, null, List.of(), details);
        var ctx = context(request("LU").person(suspect("Ann Example", null))
                .organisation(Fixtures.organisation("o1", organisation, OrganisationRole.OTHER, null))
                .measure(measure).build());
        assertThat(ctx.codes(new PrivilegedMaterialNeedsReview())).containsExactly(FindingCode.PRIVILEGE_REVIEW);
        assertThat(ctx.codes(new ProfessionBoundToSecrecy())).containsExactly(FindingCode.PROFESSIONAL_SECRECY);
    }

    @Test
    void anOfficeWhoseDetailsNameNoPrivilegedPremisesIsAnOffice() {
        var measure = new Measure(MeasureType.SEARCH, "p1", Premises.OFFICE, null, null, List.of(),
                "Search of the offices of Brändli Asset Partners SA, including the accounting department");
        var ctx = context(request("CH").person(suspect("Ann Example", null)).measure(measure).build());
        assertThat(ctx.findings(new ProfessionBoundToSecrecy())).isEmpty();
        assertThat(ctx.findings(new PrivilegedMaterialNeedsReview())).isEmpty();
        assertThat(ctx.findings(new LawyerPremisesNeedBarPresident())).isEmpty();
    }

    @Test
    void aNewsroomIsProfessionalSecrecyEvenWithoutAProfession() {
        var ctx = context(request("AZ").person(suspect("Ann Example", null))
                .measure(measure(MeasureType.SEIZURE, "p1", Premises.NEWSROOM)).build());
        assertThat(ctx.codes(new ProfessionBoundToSecrecy())).containsExactly(FindingCode.PROFESSIONAL_SECRECY);
        assertThat(ctx.codes(new PrivilegedMaterialNeedsReview())).containsExactly(FindingCode.PRIVILEGE_REVIEW);
        assertThat(ctx.codes(new LawyerPremisesNeedBarPresident())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Zahnarzt, DOCTOR", "Hausärztin, DOCTOR", "arts (cardioloog), DOCTOR", "cardiologist, DOCTOR",
        "Kardiologin, DOCTOR", "paediatrician, DOCTOR", "tandarts, DOCTOR", "dentist, DOCTOR",
        "Fachanwältin für Strafrecht, LAWYER", "Strafverteidiger, LAWYER", "Fotojournalist, JOURNALIST",
        "hoofdredacteur, JOURNALIST", "Chefredakteurin, JOURNALIST", "columnist, JOURNALIST",
        "arts, DOCTOR", "arts-specialist, DOCTOR", "bedrijfsarts, DOCTOR", "dokter, DOCTOR", "psychiater, DOCTOR",
        "Psychiaterin, DOCTOR", "psycholoog, DOCTOR", "Psychologin, DOCTOR", "docteur en médecine, DOCTOR",
        "apotheker, DOCTOR", "pharmacienne, DOCTOR", "verslaggever, JOURNALIST", "Korrespondentin, JOURNALIST",
        "pigiste, JOURNALIST"})
    void aProfessionBoundToSecrecyInACompoundOrBySpecialty(String profession, RegisterCategory category) {
        assertThat(Professions.secrecyOf(profession)).contains(category);
    }

    @Test
    void ordinaryProfessionsAreNotBoundToSecrecy() {
        for (String profession : List.of("system administrator", "company manager", "doctoral student", "arts manager",
                "biologist", "criminologist", "car parts dealer", "wholesaler of dental supplies", "fine arts teacher",
                "martial arts instructor", "docteur en droit", "psychology student")) {
            var ctx = context(request("DE").person(person("p1", PersonRole.SUSPECT, null, profession, "Ann Example")).build());
            assertThat(ctx.findings(new ProfessionBoundToSecrecy())).as(profession).isEmpty();
        }
    }

    @Test
    void theSearchAndTheSeizureAtALawyersHomeAreOneNoticeToTheBarAndOneReview() {
        var ctx = context(request("KZ").person(suspect("Dinara Kuanishbaeva", "1976-03-14"))
                .measure(measure(MeasureType.SEARCH, "p1", Premises.HOME))
                .measure(measure(MeasureType.SEIZURE, "p1", Premises.DATA_CARRIER)).build())
                .register(REFUGEE_LAWYER).variants(SPELLINGS);
        for (ScreeningRule rule : List.of(new LawyerPremisesNeedBarPresident(), new PrivilegedMaterialNeedsReview())) {
            assertThat(ctx.findings(rule)).singleElement().satisfies(f -> {
                assertThat(f.personRef()).isEqualTo("p1");
                assertThat(f.evidence().explanation()).contains("/measures/0", "/measures/1");
            });
        }
    }

    @Test
    void barPresidentWhenTheRegisterShowsTheSearchedPersonIsALawyer() {
        var ctx = context(request("KZ").person(suspect("Dinara Kuanishbaeva", "1976-03-14"))
                .measure(measure(MeasureType.SEARCH, "p1", Premises.HOME)).build())
                .register(REFUGEE_LAWYER).variants(SPELLINGS);
        assertThat(ctx.findings(new LawyerPremisesNeedBarPresident())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.BAR_PRESIDENT_NOTIFICATION);
            assertThat(f.severity()).isEqualTo(Severity.OBLIGATION);
            assertThat(f.registerId()).isEqualTo("R-1");
            assertThat(f.personRef()).isEqualTo("p1");
        });
    }

    @Test
    void privilegeReviewOnlyWhenAMeasureGathersMaterialFromAPersonBoundToSecrecy() {
        var hearing = context(request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14"))
                .measure(measure(MeasureType.HEARING, "p1", null)).build()).register(REFUGEE_LAWYER);
        assertThat(hearing.findings(new PrivilegedMaterialNeedsReview())).isEmpty();
        var seizure = context(request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14"))
                .measure(measure(MeasureType.SEIZURE, "p1", Premises.DATA_CARRIER)).build()).register(REFUGEE_LAWYER);
        assertThat(seizure.findings(new PrivilegedMaterialNeedsReview())).singleElement()
                .satisfies(f -> assertThat(f.registerId()).isEqualTo("R-1"));
    }

    @Test
    void humanRightsDefenderFromTheRegisterButNotFromOtherCategories() {
        var ctx = context(request("KZ").person(suspect("Dinara Kuanyshbayeva", "1976-03-14")).build())
                .register(REFUGEE_LAWYER);
        assertThat(ctx.findings(new HumanRightsDefender())).extracting(Finding::registerId).containsExactly("R-1");
        var lawyerOnly = context(request("BE").person(suspect("Sophie Vanderstraeten", null)).build())
                .register(entry("R-130", "LAWYER", "1970", "", "Sophie Vanderstraeten"));
        assertThat(lawyerOnly.findings(new HumanRightsDefender())).isEmpty();
    }

    @Test
    void everyNameFormOfThePersonIsTried() {
        var ctx = context(request("KZ")
                .person(person("p1", PersonRole.WITNESS, null, null, "D. K.", "Динара Куанышбаева")).build())
                .register(REFUGEE_LAWYER);
        assertThat(ctx.findings(new RefugeeFromRequestingState())).singleElement()
                .satisfies(f -> assertThat(f.evidence().matchedName()).isEqualTo("Динара Куанышбаева"));
    }
}
