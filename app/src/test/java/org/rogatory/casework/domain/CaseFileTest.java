package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.casework.domain.CaseFileFixture.CHAIN;
import static org.rogatory.casework.domain.CaseFileFixture.DEATH_PENALTY;
import static org.rogatory.casework.domain.CaseFileFixture.JUDGE_REQUIRED;
import static org.rogatory.casework.domain.CaseFileFixture.NOW;
import static org.rogatory.casework.domain.CaseFileFixture.POLITICAL;
import static org.rogatory.casework.domain.CaseFileFixture.UNIDENTIFIED;
import static org.rogatory.casework.domain.CaseFileFixture.aCase;
import static org.rogatory.casework.domain.CaseFileFixture.answer;
import static org.rogatory.casework.domain.CaseFileFixture.proposal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.CaseFile.Advanced;
import org.rogatory.casework.domain.CaseFile.Approved;
import org.rogatory.casework.domain.CaseFile.Decided;

class CaseFileTest {

    @Test
    void aDecisionThatAnswersEveryFindingMovesTheRequest() {
        CaseFile file = aCase().with(POLITICAL).build();
        Decided decided = file.decide(CHAIN, proposal(Outcome.FORWARD, answer(POLITICAL, Disposition.DISMISSED)),
                "central", Role.CENTRAL_AUTHORITY, NOW, "d1");
        assertThat(decided).isInstanceOfSatisfying(Decided.Recorded.class, recorded -> {
            assertThat(recorded.transition()).contains(new Transition(CaseState.CENTRAL_AUTHORITY_REVIEW,
                    Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW));
            assertThat(recorded.decision().needsApproval()).isFalse();
            assertThat(recorded.decision().author()).isEqualTo("central");
        });
    }

    @Test
    void aDecisionThatOverridesABlockingFindingWaitsForASupervisor() {
        CaseFile file = aCase().with(UNIDENTIFIED).build();
        Decided decided = file.decide(CHAIN, proposal(Outcome.FORWARD, answer(UNIDENTIFIED, Disposition.OVERRIDDEN)),
                "central", Role.CENTRAL_AUTHORITY, NOW, "d1");
        assertThat(decided).isInstanceOfSatisfying(Decided.Recorded.class, recorded -> {
            assertThat(recorded.transition()).isEmpty();
            assertThat(recorded.decision().needsApproval()).isTrue();
        });
    }

    @Test
    void aBlockedDecisionListsEveryReason() {
        CaseFile file = aCase().with(UNIDENTIFIED).with(DEATH_PENALTY).build();
        Decided decided = file.decide(CHAIN, proposal(Outcome.FORWARD), "central", Role.CENTRAL_AUTHORITY, NOW, "d1");
        assertThat(decided).isInstanceOfSatisfying(Decided.Refused.class, refused ->
                assertThat(refused.reasons()).extracting(Reason::findingId)
                        .containsExactlyInAnyOrder(UNIDENTIFIED.id(), DEATH_PENALTY.id()));
    }

    @Test
    void upheldFindingsBecomeGroundsOfTheDecision() {
        CaseFile file = aCase().with(DEATH_PENALTY).build();
        Decided decided = file.decide(CHAIN, new Proposal(Outcome.REFUSE, List.of("ECMA59-19"), "no assurance",
                List.of(answer(DEATH_PENALTY, Disposition.UPHELD))), "central", Role.CENTRAL_AUTHORITY, NOW, "d1");
        assertThat(((Decided.Recorded) decided).decision().grounds())
                .startsWith("ECMA59-19")
                .contains("BE-MLA-4-2-DEATH-PENALTY", "ECHR-P13-1");
    }

    @Test
    void aSupervisorsApprovalMovesTheRequest() {
        CaseFile file = awaitingApproval();
        Approved approved = file.approve(CHAIN, "d1", "supervisor", NOW);
        assertThat(approved).isInstanceOfSatisfying(Approved.Effective.class, effective -> {
            assertThat(effective.transition().to()).isEqualTo(CaseState.PROSECUTOR_REVIEW);
            assertThat(effective.decision().approval()).isEqualTo(new Approval("supervisor", NOW));
        });
    }

    @Test
    void theAuthorCannotApproveTheirOwnDecision() {
        assertThat(awaitingApproval().approve(CHAIN, "d1", "central", NOW)).isInstanceOf(Approved.ByItsAuthor.class);
    }

    @Test
    void aDecisionSupersededByALaterOneCanNoLongerBeApproved() {
        CaseFile file = aCase().with(UNIDENTIFIED)
                .decided(pending("d1"))
                .decided(new Decision("d2", "central", Role.CENTRAL_AUTHORITY, NOW, CaseState.CENTRAL_AUTHORITY_REVIEW,
                        Outcome.RETURN_FOR_INFORMATION, CaseState.AWAITING_INFORMATION, List.of(), "ask", List.of(),
                        false, null))
                .in(CaseState.AWAITING_INFORMATION)
                .build();
        assertThat(file.statusOf(file.decision("d1").orElseThrow())).isEqualTo(DecisionStatus.LAPSED);
        assertThat(file.approve(CHAIN, "d1", "supervisor", NOW)).isInstanceOf(Approved.Refused.class);
        assertThat(file.awaitingApproval()).isEmpty();
    }

    @Test
    void anApprovedDecisionCannotBeApprovedAgain() {
        CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).with(UNIDENTIFIED)
                .decided(pending("d1").approvedBy("supervisor", NOW)).build();
        assertThat(file.approve(CHAIN, "d1", "other-supervisor", NOW)).isInstanceOf(Approved.Refused.class);
    }

    @Test
    void approvalAsksTheChainAgainForFindingsRaisedWhileTheDecisionWaited() {
        CaseFile file = aCase().with(UNIDENTIFIED).with(POLITICAL).decided(pending("d1")).build();
        assertThat(file.approve(CHAIN, "d1", "supervisor", NOW)).isInstanceOfSatisfying(Approved.Refused.class,
                refused -> assertThat(refused.reasons()).extracting(Reason::findingId).containsExactly(POLITICAL.id()));
    }

    @Test
    void whileADecisionAwaitsApprovalTheCaseIsAlsoInTheSupervisorsQueue() {
        assertThat(awaitingApproval().queuedFor(CHAIN))
                .containsExactlyInAnyOrder(Role.CENTRAL_AUTHORITY, Role.SUPERVISOR);
        assertThat(aCase().build().queuedFor(CHAIN)).containsExactly(Role.CENTRAL_AUTHORITY);
    }

    @Test
    void resultsInReviewWaitForTheJudgeWhoDecidedOrIfNoneDidForEveryJudge() {
        Decision executed = CaseFileFixture.decision("prosecutor", Role.PROSECUTOR, CaseState.PROSECUTOR_REVIEW, Outcome.EXECUTE,
                CaseState.EXECUTION_PLANNING, false, null);
        Decision authorised = CaseFileFixture.decision("judge", Role.INVESTIGATING_JUDGE, CaseState.JUDGE_REVIEW, Outcome.AUTHORISE,
                CaseState.EXECUTION_PLANNING, false, null);
        assertThat(aCase().in(CaseState.RESULTS_REVIEW).decided(executed).build().queuedFor(CHAIN))
                .as("the transmission is a judge's act").containsExactly(Role.PRIVILEGE_REVIEWER, Role.INVESTIGATING_JUDGE);
        assertThat(aCase().in(CaseState.RESULTS_REVIEW).decided(authorised).build().queuedFor(CHAIN))
                .as("the judge who authorised it knows it; no other needs to").containsExactly(Role.PRIVILEGE_REVIEWER);
        assertThat(aCase().in(CaseState.EXECUTED).decided(executed).build().queuedFor(CHAIN)).containsExactly(Role.POLICE);
    }

    @Test
    void saysWhichGatingFindingsStandUnansweredAsAMoveOnWould() {
        CaseFile raisedSince = aCase().in(CaseState.RESULTS_REVIEW).with(DEATH_PENALTY).build();
        assertThat(((Verdict.Blocked) raisedSince.gatingFindingsAnswered()).reasons())
                .extracting(Reason::code, Reason::findingId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("finding-unanswered", DEATH_PENALTY.id()));
        assertThat(aCase().in(CaseState.RESULTS_REVIEW).build().gatingFindingsAnswered()).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void findingsAnsweredByAnEffectiveDecisionAreAddressed() {
        CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).with(UNIDENTIFIED).with(JUDGE_REQUIRED)
                .decided(pending("d1").approvedBy("supervisor", NOW)).build();
        assertThat(file.statusOf(file.finding(UNIDENTIFIED.id()).orElseThrow())).isEqualTo(FindingStatus.ADDRESSED);
        assertThat(file.statusOf(file.finding(JUDGE_REQUIRED.id()).orElseThrow())).isEqualTo(FindingStatus.OPEN);
    }

    @Test
    void reconcilingAddsNewFindingsMarksVanishedOnesStaleAndNeverDeletes() {
        CaseFile file = aCase().with(UNIDENTIFIED).with(JUDGE_REQUIRED).build();
        CaseFile.Reconciliation reconciliation = file.reconcile(List.of(JUDGE_REQUIRED, POLITICAL));
        assertThat(reconciliation.screening()).isEqualTo(2);
        assertThat(reconciliation.added()).extracting(CaseFinding::id).containsExactly(POLITICAL.id());
        assertThat(reconciliation.added().get(0).raisedInScreening()).isEqualTo(2);
        assertThat(reconciliation.turnedStale()).containsExactly(UNIDENTIFIED.id());
        assertThat(reconciliation.kept()).extracting(CaseFinding::id)
                .containsExactly(UNIDENTIFIED.id(), JUDGE_REQUIRED.id());
        assertThat(reconciliation.kept().get(0).stale()).isTrue();
    }

    @Test
    void aFindingRaisedAgainComesBackFromStale() {
        CaseFile file = aCase().withStale(UNIDENTIFIED).build();
        CaseFile.Reconciliation reconciliation = file.reconcile(List.of(UNIDENTIFIED));
        assertThat(reconciliation.revived()).containsExactly(UNIDENTIFIED.id());
        assertThat(reconciliation.added()).isEmpty();
        assertThat(reconciliation.kept().get(0).stale()).isFalse();
    }

    @Test
    void aFindingRaisedByALaterScreeningIsNewUntilAnswered() {
        CaseFile file = new CaseFile("c", CaseState.CENTRAL_AUTHORITY_REVIEW, 1, false, 2,
                List.of(new CaseFinding(POLITICAL, false, 2), new CaseFinding(UNIDENTIFIED, false, 1)), List.of());
        assertThat(file.isNew(file.finding(POLITICAL.id()).orElseThrow())).isTrue();
        assertThat(file.isNew(file.finding(UNIDENTIFIED.id()).orElseThrow())).isFalse();
    }

    @Test
    void theSystemOpensTheReviewButNobodyElseCan() {
        CaseFile screened = aCase().in(CaseState.SCREENED).build();
        assertThat(screened.advance(CHAIN, Step.REVIEW_OPENED, null, List.of())).isInstanceOf(Advanced.Moved.class);
        assertThat(screened.advance(CHAIN, Step.REVIEW_OPENED, Role.CENTRAL_AUTHORITY, List.of()))
                .isInstanceOf(Advanced.Refused.class);
    }

    private static Decision pending(String id) {
        return new Decision(id, "central", Role.CENTRAL_AUTHORITY, NOW, CaseState.CENTRAL_AUTHORITY_REVIEW,
                Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW, List.of(), "go", List.of(answer(UNIDENTIFIED,
                Disposition.OVERRIDDEN)), true, null);
    }

    private static CaseFile awaitingApproval() {
        return aCase().with(UNIDENTIFIED).decided(pending("d1")).build();
    }
}
