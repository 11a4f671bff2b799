package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.casework.domain.CaseFileFixture.DEATH_PENALTY;
import static org.rogatory.casework.domain.CaseFileFixture.JUDGE_REQUIRED;
import static org.rogatory.casework.domain.CaseFileFixture.POLITICAL;
import static org.rogatory.casework.domain.CaseFileFixture.THIN;
import static org.rogatory.casework.domain.CaseFileFixture.UNIDENTIFIED;
import static org.rogatory.casework.domain.CaseFileFixture.aCase;
import static org.rogatory.casework.domain.CaseFileFixture.answer;
import static org.rogatory.casework.domain.CaseFileFixture.attempt;
import static org.rogatory.casework.domain.CaseFileFixture.decision;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;

class GuardsTest {

    @Nested
    class EveryGatingFindingAnsweredGuard {

        final Guard guard = new EveryGatingFindingAnswered();

        @Test
        void blocksOnEveryOpenBlockingAndWarningFindingAtOnce() {
            CaseFile file = aCase().with(UNIDENTIFIED).with(DEATH_PENALTY).with(POLITICAL).build();
            assertThat(findingIds(guard.check(attempt(file, Role.CENTRAL_AUTHORITY, Outcome.FORWARD))))
                    .containsExactlyInAnyOrder(UNIDENTIFIED.id(), DEATH_PENALTY.id(), POLITICAL.id());
        }

        @Test
        void ignoresObligationsNoticesAndStaleFindings() {
            CaseFile file = aCase().with(JUDGE_REQUIRED).with(THIN).withStale(DEATH_PENALTY).build();
            assertThat(guard.check(attempt(file, Role.CENTRAL_AUTHORITY, Outcome.FORWARD))).isEqualTo(Verdict.ALLOWED);
        }

        @Test
        void acceptsAnswersGivenNowOrByAnEarlierDecisionThatTookEffect() {
            CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).with(UNIDENTIFIED).with(POLITICAL)
                    .decided(decision("central", Role.CENTRAL_AUTHORITY, CaseState.CENTRAL_AUTHORITY_REVIEW,
                            Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW, true,
                            new Approval("supervisor", CaseFileFixture.NOW), answer(UNIDENTIFIED, Disposition.OVERRIDDEN)))
                    .build();
            assertThat(findingIds(guard.check(attempt(file, Role.PROSECUTOR, Outcome.REFER_TO_JUDGE))))
                    .containsExactly(POLITICAL.id());
            assertThat(guard.check(attempt(file, Role.PROSECUTOR, Outcome.REFER_TO_JUDGE,
                    answer(POLITICAL, Disposition.UPHELD)))).isEqualTo(Verdict.ALLOWED);
        }

        @Test
        void doesNotCountAnswersStillAwaitingASupervisor() {
            CaseFile file = aCase().with(UNIDENTIFIED)
                    .decided(decision("central", Role.CENTRAL_AUTHORITY, CaseState.CENTRAL_AUTHORITY_REVIEW,
                            Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW, true, null,
                            answer(UNIDENTIFIED, Disposition.OVERRIDDEN)))
                    .build();
            assertThat(findingIds(guard.check(attempt(file, Role.CENTRAL_AUTHORITY, Outcome.FORWARD))))
                    .containsExactly(UNIDENTIFIED.id());
        }
    }

    @Nested
    class NoUpheldBlockingFindingGuard {

        final Guard guard = new NoUpheldBlockingFinding();

        @Test
        void blocksMovingOnWithABlockingFindingUpheld() {
            CaseFile file = aCase().with(DEATH_PENALTY).build();
            Verdict verdict = guard.check(attempt(file, Role.CENTRAL_AUTHORITY, Outcome.FORWARD,
                    answer(DEATH_PENALTY, Disposition.UPHELD)));
            assertThat(findingIds(verdict)).containsExactly(DEATH_PENALTY.id());
        }

        @Test
        void letsAnUpheldWarningBecomeAGroundWithoutBlocking() {
            CaseFile file = aCase().with(POLITICAL).build();
            assertThat(guard.check(attempt(file, Role.CENTRAL_AUTHORITY, Outcome.FORWARD,
                    answer(POLITICAL, Disposition.UPHELD)))).isEqualTo(Verdict.ALLOWED);
        }

        @Test
        void remembersABlockingFindingUpheldByAnEarlierDecision() {
            CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).with(DEATH_PENALTY)
                    .decided(decision("central", Role.CENTRAL_AUTHORITY, CaseState.CENTRAL_AUTHORITY_REVIEW,
                            Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW, false, null,
                            answer(DEATH_PENALTY, Disposition.UPHELD)))
                    .build();
            assertThat(findingIds(guard.check(attempt(file, Role.PROSECUTOR, Outcome.EXECUTE))))
                    .containsExactly(DEATH_PENALTY.id());
        }
    }

    @Nested
    class NonCoerciveOnlyGuard {

        final Guard guard = new NonCoerciveOnly();

        @Test
        void blocksExecutionOfACoerciveRequestByTheProsecutor() {
            CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).coercive().build();
            assertThat(ChainTest.reasonCodes(guard.check(attempt(file, Role.PROSECUTOR, Outcome.EXECUTE))))
                    .containsExactly("coercive-measure");
        }

        @Test
        void allowsExecutionOfANonCoerciveRequest() {
            CaseFile file = aCase().in(CaseState.PROSECUTOR_REVIEW).build();
            assertThat(guard.check(attempt(file, Role.PROSECUTOR, Outcome.EXECUTE))).isEqualTo(Verdict.ALLOWED);
        }
    }

    @Nested
    class FourEyesPolicy {

        @Test
        void dismissingOrOverridingABlockingFindingNeedsASupervisor() {
            CaseFile file = aCase().with(UNIDENTIFIED).with(POLITICAL).build();
            assertThat(FourEyes.needsApproval(List.of(answer(UNIDENTIFIED, Disposition.OVERRIDDEN)), file)).isTrue();
            assertThat(FourEyes.needsApproval(List.of(answer(UNIDENTIFIED, Disposition.DISMISSED)), file)).isTrue();
        }

        @Test
        void upholdingABlockingFindingOrSettingAWarningAsideNeedsNoSupervisor() {
            CaseFile file = aCase().with(UNIDENTIFIED).with(POLITICAL).build();
            assertThat(FourEyes.needsApproval(List.of(answer(UNIDENTIFIED, Disposition.UPHELD),
                    answer(POLITICAL, Disposition.DISMISSED)), file)).isFalse();
        }

        @Test
        void theAuthorNeverApprovesTheirOwnDecision() {
            Decision decision = decision("alice", Role.CENTRAL_AUTHORITY, CaseState.CENTRAL_AUTHORITY_REVIEW,
                    Outcome.FORWARD, CaseState.PROSECUTOR_REVIEW, true, null);
            assertThat(FourEyes.mayApprove(decision, "alice")).isFalse();
            assertThat(FourEyes.mayApprove(decision, "bob")).isTrue();
        }
    }

    static List<String> findingIds(Verdict verdict) {
        return verdict instanceof Verdict.Blocked blocked
                ? blocked.reasons().stream().map(Reason::findingId).toList()
                : List.of();
    }
}
