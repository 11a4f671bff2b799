package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.Authorisation.AuthorisedOfficial;
import org.rogatory.casework.domain.Authorisation.AuthorisedPlace;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Proposal;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.intake.domain.CooperationRequest.RequestedRole;

class DecidePageTest {

    @Test
    void findingsLeftUnansweredAreNotPartOfTheProposal() {
        DecisionForm form = form("FORWARD", answer("F-1", ""), answer("F-2", "OVERRIDDEN"), answer("F-3", "UPHELD"));
        DecidePage.PostedRows rows = new DecidePage.PostedRows();
        Proposal proposal = DecidePage.proposal(form, rows);
        assertThat(proposal.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(proposal.dispositions()).extracting(d -> d.findingId()).containsExactly("F-2", "F-3");
        assertThat(proposal.dispositions().get(0).disposition()).isEqualTo(Disposition.OVERRIDDEN);
        assertThat(proposal.dispositions().get(0).reasons()).as("blank reasons are no reasons").isNull();
        assertThat(rows.answers()).containsExactly(1, 2);
    }

    @Test
    void anOutcomeOrDispositionTheFormDoesNotKnowIsMissingNotAnError() {
        Proposal proposal = DecidePage.proposal(form("EXPLODE", answer("F-1", "MAYBE")),
                new DecidePage.PostedRows());
        assertThat(proposal.outcome()).isNull();
        assertThat(proposal.dispositions().get(0).disposition()).isNull();
    }

    @Test
    void eachProblemOfTheProposalLandsOnTheFormFieldItConcerns() {
        var problem = Problems.invalidRequest(List.of(new FieldProblem("/outcome", "is required"),
                new FieldProblem("/reasons", "a refusal must give its reasons"),
                new FieldProblem("/grounds/0", "unknown"),
                new FieldProblem("/findings/0/reasons", "needs reasons"),
                new FieldProblem("/findings/1/disposition", "is required"),
                new FieldProblem("/somewhere", "else")));
        var errors = DecidePage.fieldErrors(problem, new DecidePage.PostedRows(List.of(2, 5), List.of(), List.of()));
        assertThat(errors).containsOnlyKeys("outcome", "reasons", "grounds", "answers[2].reasons",
                "answers[5].disposition", "form");
        assertThat(errors.get("answers[2].reasons")).containsExactly("decide.error.answer.reasons");
        assertThat(errors.get("grounds")).containsExactly("decide.error.ground");
    }

    @Test
    void theJudgeFirstSeesEveryMeasureAndNoForeignOfficialAllowed() {
        DecisionForm form = new DecisionForm();
        DecidePage.offerAuthorisation(form, request(), null);
        assertThat(form.isAuthorising()).isTrue();
        assertThat(form.getMeasures()).containsExactly(0, 1);
        assertThat(form.getOfficials()).extracting(DecisionForm.Official::getName)
                .containsExactly("Agent Smirnov", null);
        assertThat(form.getOfficials()).noneMatch(DecisionForm.Official::isAllowed);
        assertThat(form.getOfficials().get(0).getRequestedRole()).isEqualTo("ASSIST");
    }

    @Test
    void authorisingAgainStartsFromTheAuthorisationInForce() {
        Authorisation inForce = new Authorisation(List.of(new AuthorisedOfficial("agent smirnov ", "Investigator",
                "P-123", AuthorisedOfficial.OBSERVER)), List.of(1), "Not before 6 a.m.");
        DecisionForm form = new DecisionForm();
        DecidePage.offerAuthorisation(form, request(), inForce);
        assertThat(form.getMeasures()).containsExactly(1);
        assertThat(form.getOfficials()).extracting(DecisionForm.Official::getIdentityDocument)
                .as("the official in force once, ticked; the unnamed one the request asks for, not ticked")
                .containsExactly("P-123", null);
        assertThat(form.getOfficials()).extracting(DecisionForm.Official::isAllowed).containsExactly(true, false);
        assertThat(form.getConditions()).isEqualTo("Not before 6 a.m.");
    }

    @Test
    void anAuthoriseCarriesTheTickedMeasuresAndOnlyTheTickedOfficialsAsObservers() {
        DecisionForm form = form("AUTHORISE");
        DecidePage.offerAuthorisation(form, request(), null);
        form.setMeasures(new ArrayList<>(List.of(1)));
        DecisionForm.Official unnamed = form.getOfficials().get(1);
        unnamed.setAllowed(true);
        unnamed.setName(" Ivan Petrov ");
        form.setConditions("  ");
        DecidePage.PostedRows rows = new DecidePage.PostedRows();
        Proposal proposal = DecidePage.proposal(form, rows);
        Authorisation authorisation = proposal.authorisation();
        assertThat(authorisation.measures()).containsExactly(1);
        assertThat(authorisation.foreignOfficials()).containsExactly(
                new AuthorisedOfficial("Ivan Petrov", null, null, AuthorisedOfficial.OBSERVER));
        assertThat(authorisation.conditions()).isNull();
        assertThat(rows.officials()).containsExactly(1);

        var errors = DecidePage.fieldErrors(Problems.invalidRequest(List.of(
                new FieldProblem("/authorisation/foreignOfficials/0/function", "is required"),
                new FieldProblem("/authorisation/measures/0", "is the index of a measure"))), rows);
        assertThat(errors).containsOnlyKeys("officials[1].function", "measures");
        assertThat(errors.get("officials[1].function")).containsExactly("decide.error.official.function");
    }

    @Test
    void theJudgeNamesThePlaceOfASeizureTheRequestGivesNoStreetAddressFor() {
        DecisionForm form = form("AUTHORISE");
        DecidePage.offerAuthorisation(form, request(), null);
        assertThat(form.getPlaces()).extracting(DecisionForm.Place::getMeasure, DecisionForm.Place::getCity)
                .as("the search has its address; the seizure only its city")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Eupen"));
        DecidePage.PostedRows rows = new DecidePage.PostedRows();
        assertThat(DecidePage.proposal(form, rows).authorisation().places()).as("a place without street is no place")
                .isEmpty();

        form.getPlaces().get(0).setAddress(" Rue Haute 1 ");
        assertThat(DecidePage.proposal(form, rows).authorisation().places())
                .containsExactly(new AuthorisedPlace(1, "Rue Haute 1", "Eupen"));
        var errors = DecidePage.fieldErrors(Problems.invalidRequest(List.of(
                new FieldProblem("/authorisation/places/0/measure", "not covered"))), rows);
        assertThat(errors).containsOnlyKeys("places[0].address");
        assertThat(errors.get("places[0].address")).containsExactly("decide.error.place.measure");

        DecisionForm again = new DecisionForm();
        DecidePage.offerAuthorisation(again, request(), new Authorisation(List.of(), List.of(), null,
                List.of(new AuthorisedPlace(1, "Rue Haute 1", "Eupen"))));
        assertThat(again.getPlaces().get(0).getAddress()).isEqualTo("Rue Haute 1");
    }

    @Test
    void authorisingAgainKeepsEveryPlaceTheAuthorisationInForceNamesForAMeasure() {
        List<AuthorisedPlace> inForce = List.of(new AuthorisedPlace(1, "Rue Haute 1", "Eupen"),
                new AuthorisedPlace(1, "Rue Haute 3", "Eupen"));
        DecisionForm again = form("AUTHORISE");
        DecidePage.offerAuthorisation(again, request(), new Authorisation(List.of(), List.of(), null, inForce));
        assertThat(DecidePage.proposal(again, new DecidePage.PostedRows()).authorisation().places())
                .as("the seizure's two buildings, the second one included")
                .containsExactlyElementsOf(inForce);
    }

    @Test
    void onlyAnAuthoriseFromAFormThatOfferedItCarriesAnAuthorisation() {
        DecisionForm refusal = form("REFUSE");
        DecidePage.offerAuthorisation(refusal, request(), null);
        assertThat(DecidePage.proposal(refusal, new DecidePage.PostedRows()).authorisation()).isNull();
        assertThat(DecidePage.proposal(form("AUTHORISE"), new DecidePage.PostedRows()).authorisation())
                .as("a form without the authorisation's fields keeps the one in force").isNull();
    }

    private static CooperationRequest request() {
        Measure search = new Measure(MeasureType.SEARCH, null, Premises.HOME,
                new Address("BE", "Eupen", "Klötzerbahn 1"), null, List.of(), null);
        Measure seizure = new Measure(MeasureType.SEIZURE, null, Premises.OFFICE, new Address("BE", "Eupen", null), null,
                List.of(), null);
        return new CooperationRequest("KZ-1", null, null, "KZ", null, List.of(), List.of(), null, List.of(), List.of(),
                List.of(search, seizure), List.of(new ForeignOfficial("Agent Smirnov", "Investigator", null,
                        RequestedRole.ASSIST), new ForeignOfficial(null, null, null, RequestedRole.OBSERVE)),
                null, false, false, List.of());
    }

    private static DecisionForm form(String outcome, DecisionForm.Answer... answers) {
        DecisionForm form = new DecisionForm();
        form.setOutcome(outcome);
        form.setAnswers(new ArrayList<>(List.of(answers)));
        return form;
    }

    private static DecisionForm.Answer answer(String findingId, String disposition) {
        DecisionForm.Answer answer = new DecisionForm.Answer(findingId);
        answer.setDisposition(disposition);
        return answer;
    }
}
