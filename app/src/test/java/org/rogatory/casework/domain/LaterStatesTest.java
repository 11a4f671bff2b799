package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.casework.domain.CaseFileFixture.CHAIN;
import static org.rogatory.casework.domain.CaseFileFixture.aCase;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;

/**
 * After the decisions: the execution is reported, the results submitted, transmitted and the file
 * closed, each move by its role and each (but the closing) only with the verdict of the feature
 * policy the chain names for it.
 */
class LaterStatesTest {

    @Test
    void eachLaterMoveNeedsItsFeaturesPolicy() {
        assertThat(policyOf(CaseState.EXECUTION_PLANNING, Step.EXECUTION_REPORTED))
                .containsExactly(FeaturePolicy.EXECUTION_PLAN_CONFIRMED);
        assertThat(policyOf(CaseState.EXECUTED, Step.RESULTS_SUBMITTED)).containsExactly(FeaturePolicy.RESULTS_COMPLETE);
        assertThat(policyOf(CaseState.RESULTS_REVIEW, Step.TRANSMISSION_APPROVED))
                .containsExactly(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION);
        assertThat(policyOf(CaseState.TRANSMISSION_AUTHORISED, Step.PACKAGE_SENT))
                .containsExactly(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION);
        assertThat(policyOf(CaseState.TRANSMITTED, Step.FILE_CLOSED)).isEmpty();
    }

    @Test
    void thePoliceReportAndSubmitTheJudgeTransmitsTheCentralAuthorityCloses() {
        assertThat(CHAIN.move(CaseState.EXECUTION_PLANNING, Step.EXECUTION_REPORTED).orElseThrow().by())
                .isEqualTo(Role.POLICE);
        assertThat(CHAIN.move(CaseState.EXECUTED, Step.RESULTS_SUBMITTED).orElseThrow().by()).isEqualTo(Role.POLICE);
        assertThat(CHAIN.moves()).filteredOn(m -> m.to() == CaseState.TRANSMISSION_AUTHORISED
                        || m.to() == CaseState.TRANSMITTED)
                .extracting(Move::by).containsOnly(Role.INVESTIGATING_JUDGE);
        assertThat(CHAIN.move(CaseState.TRANSMITTED, Step.FILE_CLOSED).orElseThrow().by())
                .isEqualTo(Role.CENTRAL_AUTHORITY);
        assertThat(CHAIN.owner(CaseState.EXECUTED)).contains(Role.POLICE);
        assertThat(CHAIN.owner(CaseState.TRANSMISSION_AUTHORISED)).contains(Role.INVESTIGATING_JUDGE);
    }

    @Test
    void aFindingScreeningRaisedAfterTheDecisionsHoldsTheTransmissionUntilTheJudgeAnswersIt() {
        CaseFile review = aCase().in(CaseState.RESULTS_REVIEW).with(CaseFileFixture.DEATH_PENALTY).build();
        Verdict transmit = CHAIN.check(new Attempt(review, Role.INVESTIGATING_JUDGE, Step.TRANSMISSION_APPROVED,
                List.of(), List.of(new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, Verdict.ALLOWED))));
        assertThat(((Verdict.Blocked) transmit).reasons()).extracting(Reason::code).containsExactly("finding-unanswered");
        assertThat(review.queuedFor(CHAIN)).as("no judge has decided on it").contains(Role.INVESTIGATING_JUDGE);
        for (CaseState state : List.of(CaseState.EXECUTION_PLANNING, CaseState.EXECUTED, CaseState.RESULTS_REVIEW)) {
            assertThat(CHAIN.outcomesFor(Role.INVESTIGATING_JUDGE, state)).as(state.name())
                    .containsExactlyInAnyOrder(Outcome.AUTHORISE, Outcome.REFUSE);
            assertThat(CHAIN.move(state, Outcome.AUTHORISE).orElseThrow().to()).as("the case carries on where it was")
                    .isEqualTo(state);
        }
        Verdict answered = CHAIN.check(new Attempt(review, Role.INVESTIGATING_JUDGE, Outcome.AUTHORISE,
                List.of(CaseFileFixture.answer(CaseFileFixture.DEATH_PENALTY, Disposition.DISMISSED)), List.of()));
        assertThat(answered).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesToSubmitTheResultsWhileTheJudgesAnswerAwaitsASupervisor() {
        Decision overriding = CaseFileFixture.decision("judge", Role.INVESTIGATING_JUDGE, CaseState.EXECUTED,
                Outcome.AUTHORISE, CaseState.EXECUTED, true, null,
                CaseFileFixture.answer(CaseFileFixture.DEATH_PENALTY, Disposition.OVERRIDDEN));
        CaseFile executed = aCase().in(CaseState.EXECUTED).with(CaseFileFixture.DEATH_PENALTY).decided(overriding)
                .build();
        List<Object> complete = List.of(new PolicyCheck(FeaturePolicy.RESULTS_COMPLETE, Verdict.ALLOWED));

        Verdict submit = CHAIN.check(new Attempt(executed, Role.POLICE, Step.RESULTS_SUBMITTED, List.of(), complete));
        assertThat(((Verdict.Blocked) submit).reasons()).extracting(Reason::code)
                .containsExactly("decision-awaiting-approval");
        CaseFile approved = aCase().in(CaseState.EXECUTED).with(CaseFileFixture.DEATH_PENALTY)
                .decided(CaseFileFixture.decision("judge", Role.INVESTIGATING_JUDGE, CaseState.EXECUTED,
                        Outcome.AUTHORISE, CaseState.EXECUTED, true, new Approval("supervisor", CaseFileFixture.NOW),
                        CaseFileFixture.answer(CaseFileFixture.DEATH_PENALTY, Disposition.OVERRIDDEN)))
                .build();
        assertThat(CHAIN.check(new Attempt(approved, Role.POLICE, Step.RESULTS_SUBMITTED, List.of(), complete)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aMoveWhosePolicyWasNotCheckedIsBlocked() {
        CaseFile review = aCase().in(CaseState.RESULTS_REVIEW).build();
        Verdict verdict = CHAIN.check(new Attempt(review, Role.INVESTIGATING_JUDGE, Step.TRANSMISSION_APPROVED,
                List.of(), List.of()));
        assertThat(((Verdict.Blocked) verdict).reasons()).extracting(Reason::code)
                .containsExactly("nothing-holds-back-transmission-unchecked");
    }

    @Test
    void aMoveCarriesEveryReasonItsPolicyGives() {
        CaseFile review = aCase().in(CaseState.RESULTS_REVIEW).build();
        Verdict held = Verdict.all(List.of(Verdict.blocked(Reason.about("incident-open", "x1", "photos")),
                Verdict.blocked(Reason.about("objection-pending", "o1", "hearing record"))));
        Verdict verdict = CHAIN.check(new Attempt(review, Role.INVESTIGATING_JUDGE, Step.TRANSMISSION_APPROVED,
                List.of(), List.of(new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, held),
                        new PolicyCheck(FeaturePolicy.RESULTS_COMPLETE, Verdict.ALLOWED))));
        assertThat(((Verdict.Blocked) verdict).reasons()).extracting(Reason::subject).containsExactly("x1", "o1");
        assertThat(CHAIN.check(new Attempt(review, Role.INVESTIGATING_JUDGE, Step.TRANSMISSION_APPROVED, List.of(),
                List.of(new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, Verdict.ALLOWED)))))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void theReviewerCannotTransmitWhateverThePolicySays() {
        CaseFile review = aCase().in(CaseState.RESULTS_REVIEW).build();
        Verdict verdict = CHAIN.check(new Attempt(review, Role.PRIVILEGE_REVIEWER, Step.TRANSMISSION_APPROVED,
                List.of(), List.of(new PolicyCheck(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION, Verdict.ALLOWED))));
        assertThat(((Verdict.Blocked) verdict).reasons()).extracting(Reason::code).containsExactly("not-your-move");
    }

    private static List<FeaturePolicy> policyOf(CaseState state, Step step) {
        return CHAIN.move(state, step).orElseThrow().guards().stream()
                .filter(FeaturePolicyGuard.class::isInstance)
                .map(g -> ((FeaturePolicyGuard) g).policy())
                .toList();
    }
}
