package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.casework.domain.CaseFileFixture.CHAIN;
import static org.rogatory.casework.domain.CaseFileFixture.aCase;
import static org.rogatory.casework.domain.CaseFileFixture.attempt;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;

class ChainTest {

    @Test
    void followsTheFilterChainOfTheDesign() {
        assertThat(target(CaseState.RECEIVED, Step.SCREENING_COMPLETED)).isEqualTo(CaseState.SCREENED);
        assertThat(target(CaseState.SCREENED, Step.REVIEW_OPENED)).isEqualTo(CaseState.CENTRAL_AUTHORITY_REVIEW);
        assertThat(target(CaseState.CENTRAL_AUTHORITY_REVIEW, Outcome.FORWARD)).isEqualTo(CaseState.PROSECUTOR_REVIEW);
        assertThat(target(CaseState.CENTRAL_AUTHORITY_REVIEW, Outcome.REFUSE)).isEqualTo(CaseState.REFUSED);
        assertThat(target(CaseState.CENTRAL_AUTHORITY_REVIEW, Outcome.RETURN_FOR_INFORMATION))
                .isEqualTo(CaseState.AWAITING_INFORMATION);
        assertThat(target(CaseState.AWAITING_INFORMATION, Step.NEW_INFORMATION_RECORDED)).isEqualTo(CaseState.SCREENED);
        assertThat(target(CaseState.PROSECUTOR_REVIEW, Outcome.EXECUTE)).isEqualTo(CaseState.EXECUTION_PLANNING);
        assertThat(target(CaseState.PROSECUTOR_REVIEW, Outcome.REFER_TO_JUDGE)).isEqualTo(CaseState.JUDGE_REVIEW);
        assertThat(target(CaseState.PROSECUTOR_REVIEW, Outcome.REFUSE)).isEqualTo(CaseState.REFUSED);
        assertThat(target(CaseState.JUDGE_REVIEW, Outcome.AUTHORISE)).isEqualTo(CaseState.EXECUTION_PLANNING);
        assertThat(target(CaseState.JUDGE_REVIEW, Outcome.REFUSE)).isEqualTo(CaseState.REFUSED);
        assertThat(target(CaseState.EXECUTION_PLANNING, Step.EXECUTION_REPORTED)).isEqualTo(CaseState.EXECUTED);
        assertThat(target(CaseState.EXECUTED, Step.RESULTS_SUBMITTED)).isEqualTo(CaseState.RESULTS_REVIEW);
        assertThat(target(CaseState.RESULTS_REVIEW, Step.TRANSMISSION_APPROVED))
                .isEqualTo(CaseState.TRANSMISSION_AUTHORISED);
        assertThat(target(CaseState.TRANSMISSION_AUTHORISED, Step.PACKAGE_SENT)).isEqualTo(CaseState.TRANSMITTED);
        assertThat(target(CaseState.TRANSMITTED, Step.FILE_CLOSED)).isEqualTo(CaseState.CLOSED);
    }

    @Test
    void theRequestingStateMayWithdrawFromEveryOpenStateAndNoClosedOne() {
        for (CaseState state : CaseState.values()) {
            assertThat(CHAIN.move(state, Outcome.WITHDRAW).map(Move::to))
                    .as(state.name())
                    .isEqualTo(state.isOpen() ? java.util.Optional.of(CaseState.WITHDRAWN) : java.util.Optional.empty());
            CHAIN.move(state, Outcome.WITHDRAW).ifPresent(move -> assertThat(move.by()).isEqualTo(Role.CLERK));
        }
    }

    @Test
    void onlyAJudgesAuthorisationOrTheExecutionOfANonCoerciveRequestLeadsToExecutionPlanning() {
        assertThat(CHAIN.moves()).filteredOn(m -> m.to() == CaseState.EXECUTION_PLANNING
                        && m.from() != CaseState.EXECUTION_PLANNING)
                .allSatisfy(move -> assertThat(
                        move.act() == Outcome.AUTHORISE && move.by() == Role.INVESTIGATING_JUDGE
                                || move.guards().stream().anyMatch(NonCoerciveOnly.class::isInstance)).isTrue())
                .hasSize(2);
    }

    @Test
    void everyForwardMovingDecisionMustAnswerTheGatingFindings() {
        assertThat(CHAIN.moves()).filteredOn(m -> m.act() instanceof Outcome o && o.movesForward())
                .isNotEmpty()
                .allSatisfy(move -> assertThat(move.guards())
                        .hasAtLeastOneElementOfType(EveryGatingFindingAnswered.class)
                        .hasAtLeastOneElementOfType(NoUpheldBlockingFinding.class));
    }

    @Test
    void eachStateHasOneOwnerWhoseQueueItFills() {
        assertThat(CHAIN.owner(CaseState.CENTRAL_AUTHORITY_REVIEW)).contains(Role.CENTRAL_AUTHORITY);
        assertThat(CHAIN.owner(CaseState.AWAITING_INFORMATION)).contains(Role.CLERK);
        assertThat(CHAIN.owner(CaseState.PROSECUTOR_REVIEW)).contains(Role.PROSECUTOR);
        assertThat(CHAIN.owner(CaseState.JUDGE_REVIEW)).contains(Role.INVESTIGATING_JUDGE);
        assertThat(CHAIN.owner(CaseState.EXECUTION_PLANNING)).contains(Role.POLICE);
        assertThat(CHAIN.owner(CaseState.RESULTS_REVIEW)).contains(Role.PRIVILEGE_REVIEWER);
        assertThat(CHAIN.owner(CaseState.RECEIVED)).isEmpty();
        assertThat(CHAIN.owner(CaseState.REFUSED)).isEmpty();
        assertThat(CHAIN.ownedBy(Role.OVERSIGHT)).isEmpty();
        assertThat(CHAIN.ownedBy(Role.SUPERVISOR)).isEmpty();
    }

    @Test
    void knowsWhichOutcomesARoleNeverGives() {
        assertThat(CHAIN.mayEverTake(Role.CLERK, Outcome.WITHDRAW)).isTrue();
        assertThat(CHAIN.mayEverTake(Role.CLERK, Outcome.FORWARD)).isFalse();
        assertThat(CHAIN.mayEverTake(Role.PROSECUTOR, Outcome.AUTHORISE)).isFalse();
        assertThat(CHAIN.mayEverTake(Role.INVESTIGATING_JUDGE, Outcome.AUTHORISE)).isTrue();
        assertThat(Arrays.stream(Outcome.values()).filter(o -> CHAIN.mayEverTake(Role.SUPERVISOR, o))).isEmpty();
        assertThat(CHAIN.outcomesFor(Role.CENTRAL_AUTHORITY, CaseState.CENTRAL_AUTHORITY_REVIEW))
                .containsExactlyInAnyOrder(Outcome.FORWARD, Outcome.REFUSE, Outcome.RETURN_FOR_INFORMATION);
    }

    @Test
    void refusesAnOutcomeThatIsNotOpenInTheState() {
        var verdict = CHAIN.check(attempt(aCase().in(CaseState.JUDGE_REVIEW).build(), Role.INVESTIGATING_JUDGE,
                Outcome.FORWARD));
        assertThat(reasonCodes(verdict)).containsExactly("not-open-in-state");
    }

    @Test
    void refusesAnotherRolesMove() {
        var verdict = CHAIN.check(attempt(aCase().in(CaseState.JUDGE_REVIEW).build(), Role.PROSECUTOR, Outcome.REFUSE));
        assertThat(reasonCodes(verdict)).containsExactly("not-your-move");
    }

    @Test
    void refusesTheSystemsOwnStepsToPeople() {
        var verdict = CHAIN.check(attempt(aCase().in(CaseState.RECEIVED).build(), Role.CLERK, Step.SCREENING_COMPLETED));
        assertThat(reasonCodes(verdict)).containsExactly("not-your-move");
        assertThat(CHAIN.check(attempt(aCase().in(CaseState.RECEIVED).build(), null, Step.SCREENING_COMPLETED)))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void everyStateIsReachableFromReceived() {
        Set<CaseState> reached = java.util.EnumSet.of(CaseState.RECEIVED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Move move : CHAIN.moves()) {
                if (reached.contains(move.from()) && reached.add(move.to())) {
                    grew = true;
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
    }

    static CaseState target(CaseState from, Act act) {
        return CHAIN.move(from, act).orElseThrow(() -> new AssertionError(act + " from " + from)).to();
    }

    static java.util.List<String> reasonCodes(Verdict verdict) {
        return verdict instanceof Verdict.Blocked blocked
                ? blocked.reasons().stream().map(Reason::code).toList()
                : java.util.List.of();
    }
}
