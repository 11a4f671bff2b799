package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Premises;

class ProposalTest {

    static final LegalGroundCatalogue CATALOGUE = new LegalGroundCatalogue(List.of(
            new LegalGround("ECMA59-19", LegalGround.Kind.PROCEDURAL_SAFEGUARD, "Reasons for refusal", "",
                    "ECMA art. 19", "yes", "ECMA", false)));

    @Test
    void aRefusalWithoutReasonsOrGroundsIsMalformed() {
        assertThat(pointers(new Proposal(Outcome.REFUSE, List.of(), " ", List.of())))
                .containsExactlyInAnyOrder("/reasons", "/grounds");
    }

    @Test
    void aRefusalUpholdingAFindingHasItsGrounds() {
        assertThat(pointers(new Proposal(Outcome.REFUSE, List.of(), "death penalty",
                List.of(new FindingDisposition("F-1", Disposition.UPHELD, null))))).isEmpty();
    }

    @Test
    void aGroundTheCatalogueLacksIsNamedByItsPosition() {
        assertThat(pointers(new Proposal(Outcome.FORWARD, List.of("ECMA59-19", "MADE-UP-1"), "r", List.of())))
                .containsExactly("/grounds/1");
    }

    @Test
    void dismissingOrOverridingNeedsReasonsButUpholdingDoesNot() {
        assertThat(pointers(new Proposal(Outcome.FORWARD, List.of(), "r", List.of(
                new FindingDisposition("F-1", Disposition.DISMISSED, null),
                new FindingDisposition("F-2", Disposition.OVERRIDDEN, ""),
                new FindingDisposition("F-3", Disposition.UPHELD, null)))))
                .containsExactly("/findings/0/reasons", "/findings/1/reasons");
    }

    @Test
    void theSameFindingAnsweredTwiceOrAnAnswerWithoutFindingIsMalformed() {
        assertThat(pointers(new Proposal(Outcome.FORWARD, List.of(), "r", Arrays.asList(
                new FindingDisposition("F-1", Disposition.UPHELD, null),
                new FindingDisposition("F-1", Disposition.UPHELD, null),
                null))))
                .containsExactly("/findings/1/findingId", "/findings/2/findingId", "/findings/2/disposition");
    }

    @Test
    void anOutcomeIsRequired() {
        assertThat(pointers(new Proposal(null, null, "r", null))).containsExactly("/outcome");
    }

    @Test
    void everyMoveGivesItsWrittenReasons() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(pointers(new Proposal(outcome, List.of("ECMA59-19"), "  ", List.of()))).as(outcome.name())
                    .containsExactly("/reasons");
        }
    }

    @Test
    void reasonsLongerThanTheFormAllowsAreMalformed() {
        String answer = "a".repeat(Proposal.ANSWER_TEXT);
        assertThat(pointers(new Proposal(Outcome.FORWARD, List.of(), "r".repeat(Proposal.REASONS_TEXT), List.of(
                new FindingDisposition("F-1", Disposition.OVERRIDDEN, answer))))).isEmpty();
        assertThat(pointers(new Proposal(Outcome.FORWARD, List.of(), "r".repeat(Proposal.REASONS_TEXT + 1), List.of(
                new FindingDisposition("F-1", Disposition.OVERRIDDEN, answer + "a"),
                new FindingDisposition("F-2", Disposition.UPHELD, answer + "a")))))
                .containsExactly("/reasons", "/findings/0/reasons", "/findings/1/reasons");
    }

    @Test
    void answersToFindingsTheCaseDoesNotHaveAreMalformed() {
        CaseFile file = CaseFileFixture.aCase().with(CaseFileFixture.UNIDENTIFIED).build();
        assertThat(new Proposal(Outcome.FORWARD, List.of(), "r", List.of(
                new FindingDisposition(CaseFileFixture.UNIDENTIFIED.id(), Disposition.UPHELD, null),
                new FindingDisposition("F-000000000000", Disposition.UPHELD, null))).defects(file, MEASURES))
                .extracting(ProposalDefect::pointer).containsExactly("/findings/1/findingId");
    }

    @Test
    void anAuthorisationOfAMeasureTheRequestDoesNotHaveIsMalformed() {
        CaseFile file = CaseFileFixture.aCase().build();
        Proposal authorise = new Proposal(Outcome.AUTHORISE, List.of(), "r", List.of(),
                new Authorisation(List.of(), List.of(0, 2, 7), null));
        assertThat(authorise.defects(file, MEASURES)).extracting(ProposalDefect::pointer)
                .containsExactly("/authorisation/measures/2");
    }

    @Test
    void aJudgesPlaceIsForASearchOrSeizureTheRequestGivesNoStreetAddressFor() {
        CaseFile file = CaseFileFixture.aCase().build();
        Proposal authorise = new Proposal(Outcome.AUTHORISE, List.of(), "r", List.of(),
                new Authorisation(List.of(), List.of(), null, List.of(new AuthorisedPlace(0, "Rue Haute 3", "Eupen"),
                        new AuthorisedPlace(1, "Rue Haute 1", "Eupen"), new AuthorisedPlace(2, "Rue Haute 1", "Eupen"),
                        new AuthorisedPlace(3, "Rue Haute 1", "Eupen"))));
        assertThat(authorise.defects(file, MEASURES)).extracting(ProposalDefect::pointer)
                .as("the search has its address, the hearing no premises, there is no measure 3")
                .containsExactly("/authorisation/places/0/measure", "/authorisation/places/2/measure",
                        "/authorisation/places/3/measure");
    }

    /** A search at an address, a seizure of data carriers without one, a hearing. */
    static final List<Measure> MEASURES = List.of(
            new Measure(MeasureType.SEARCH, "p1", Premises.HOME, new Address("BE", "Eupen", "Klötzerbahn 1"), null,
                    List.of(), null),
            new Measure(MeasureType.SEIZURE, "p1", Premises.DATA_CARRIER, null, null, List.of(), null),
            new Measure(MeasureType.HEARING, "p1", null, null, null, List.of(), null));

    static List<String> pointers(Proposal proposal) {
        return proposal.defects(CATALOGUE).stream().map(ProposalDefect::pointer).toList();
    }
}
