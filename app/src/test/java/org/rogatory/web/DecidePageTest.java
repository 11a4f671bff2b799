package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Proposal;

class DecidePageTest {

    @Test
    void findingsLeftUnansweredAreNotPartOfTheProposal() {
        DecisionForm form = form("FORWARD", answer("F-1", ""), answer("F-2", "OVERRIDDEN"), answer("F-3", "UPHELD"));
        List<Integer> rows = new ArrayList<>();
        Proposal proposal = DecidePage.proposal(form, rows);
        assertThat(proposal.outcome()).isEqualTo(Outcome.FORWARD);
        assertThat(proposal.dispositions()).extracting(d -> d.findingId()).containsExactly("F-2", "F-3");
        assertThat(proposal.dispositions().get(0).disposition()).isEqualTo(Disposition.OVERRIDDEN);
        assertThat(proposal.dispositions().get(0).reasons()).as("blank reasons are no reasons").isNull();
        assertThat(rows).containsExactly(1, 2);
    }

    @Test
    void anOutcomeOrDispositionTheFormDoesNotKnowIsMissingNotAnError() {
        Proposal proposal = DecidePage.proposal(form("EXPLODE", answer("F-1", "MAYBE")), new ArrayList<>());
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
        var errors = DecidePage.fieldErrors(problem, List.of(2, 5));
        assertThat(errors).containsOnlyKeys("outcome", "reasons", "grounds", "answers[2].reasons",
                "answers[5].disposition", "form");
        assertThat(errors.get("answers[2].reasons")).containsExactly("decide.error.answer.reasons");
        assertThat(errors.get("grounds")).containsExactly("decide.error.ground");
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
