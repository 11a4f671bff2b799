package org.rogatory.casework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rogatory.casework.domain.CaseFileFixture.CHAIN;
import static org.rogatory.casework.domain.CaseFileFixture.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.CaseFile.Advanced;
import org.rogatory.casework.domain.CaseFile.Approved;
import org.rogatory.casework.domain.CaseFile.Decided;
import org.rogatory.screening.domain.Severity;

/**
 * Whatever anyone tries, in any order: a coercive request never reaches execution planning
 * without a judge's authorisation, nothing moves forward past an unanswered blocking or warning
 * finding, and a blocking finding is set aside only with a second person's approval.
 */
class ChainSafetyPropertyTest {

    private static final Role[] ROLES = Role.values();
    private static final List<Act> ACTS = acts();
    private static final int CHOICES = ROLES.length * (ACTS.size() + 1) * 4 * 2;

    @Test
    void noSequenceOfAttemptsBreaksTheChainsSafeguards() {
        qt().withExamples(400)
                .forAll(lists().of(integers().between(0, CHOICES - 1)).ofSizeBetween(0, 40), booleans().all())
                .checkAssert((attempts, coercive) -> {
                    CaseFile file = new CaseFile("c", CaseState.CENTRAL_AUTHORITY_REVIEW, 0, coercive, 1, List.of(
                            new CaseFinding(CaseFileFixture.UNIDENTIFIED, false, 1),
                            new CaseFinding(CaseFileFixture.POLITICAL, false, 1),
                            new CaseFinding(CaseFileFixture.JUDGE_REQUIRED, false, 1)), List.of());
                    for (int i = 0; i < attempts.size(); i++) {
                        CaseState before = file.state();
                        file = attempt(file, attempts.get(i), i);
                        assertSafe(file, before);
                    }
                });
    }

    private static void assertSafe(CaseFile file, CaseState before) {
        if (file.coercive() && file.state() == CaseState.EXECUTION_PLANNING) {
            assertThat(file.decisions()).anyMatch(d -> d.effective() && d.outcome() == Outcome.AUTHORISE
                    && d.authorRole() == Role.INVESTIGATING_JUDGE);
        }
        if (before != file.state() && movedForward(before, file.state())) {
            assertThat(file.findings()).filteredOn(CaseFinding::gates)
                    .allSatisfy(f -> assertThat(file.answers()).containsKey(f.id()));
        }
        for (Decision decision : file.decisions()) {
            boolean setsBlockingAside = decision.dispositions().stream().anyMatch(a -> a.disposition().setsAside()
                    && file.finding(a.findingId()).orElseThrow().severity() == Severity.BLOCKING);
            if (decision.effective() && setsBlockingAside) {
                assertThat(decision.approval()).isNotNull();
                assertThat(decision.approval().approver()).isNotEqualTo(decision.author());
            }
        }
    }

    private static boolean movedForward(CaseState from, CaseState to) {
        return to == CaseState.PROSECUTOR_REVIEW || to == CaseState.JUDGE_REVIEW || to == CaseState.EXECUTION_PLANNING
                || from == CaseState.PROSECUTOR_REVIEW && to == CaseState.EXECUTION_PLANNING;
    }

    /**
     * Decodes one attempt: who, what (an act, or approving what awaits approval), how findings are
     * answered. Half the attempts take a move the chain lists from the current state (so that walks
     * get deep), the others are anything by anyone.
     */
    private static CaseFile attempt(CaseFile file, int choice, int n) {
        Role role = ROLES[choice % ROLES.length];
        int what = (choice / ROLES.length) % (ACTS.size() + 1);
        int answering = (choice / ROLES.length / (ACTS.size() + 1)) % 4;
        boolean byTheAuthor = choice / ROLES.length / (ACTS.size() + 1) / 4 % 2 == 1;
        List<Move> open = CHAIN.moves().stream().filter(m -> m.from() == file.state()).toList();
        if (choice % 2 == 0 && !open.isEmpty()) {
            Move move = open.get(choice / 2 % open.size());
            role = move.by();
            what = ACTS.indexOf(move.act());
        } else if (choice % 5 == 0) {
            what = ACTS.size();
        }
        String user = role == null ? "system" : role.name().toLowerCase(Locale.ROOT);
        if (what == ACTS.size()) {
            return file.awaitingApproval().map(pending -> {
                Approved approved = file.approve(CHAIN, pending.id(), byTheAuthor ? pending.author() : "supervisor", NOW);
                return approved instanceof Approved.Effective effective
                        ? replace(file, effective.decision(), effective.transition().to())
                        : file;
            }).orElse(file);
        }
        Act act = ACTS.get(what);
        if (act instanceof Step step) {
            Advanced advanced = file.advance(CHAIN, step, role, List.of());
            return advanced instanceof Advanced.Moved moved ? with(file, moved.transition().to(), file.decisions()) : file;
        }
        List<FindingDisposition> answers = answering == 0 ? List.of() : file.findings().stream()
                .map(f -> new FindingDisposition(f.id(), Disposition.values()[answering - 1], "reasons")).toList();
        if (role == null) {
            return file;
        }
        Decided decided = file.decide(CHAIN, new Proposal((Outcome) act, List.of("ECMA59-19"), "reasons", answers),
                user, role, NOW, "d" + n);
        if (decided instanceof Decided.Recorded recorded) {
            List<Decision> decisions = new ArrayList<>(file.decisions());
            decisions.add(recorded.decision());
            return with(file, recorded.transition().map(Transition::to).orElse(file.state()), decisions);
        }
        return file;
    }

    private static CaseFile replace(CaseFile file, Decision approved, CaseState to) {
        return with(file, to, file.decisions().stream().map(d -> d.id().equals(approved.id()) ? approved : d).toList());
    }

    private static CaseFile with(CaseFile file, CaseState state, List<Decision> decisions) {
        return new CaseFile(file.id(), state, file.version() + 1, file.coercive(), file.screenings(), file.findings(),
                decisions);
    }

    private static List<Act> acts() {
        List<Act> acts = new ArrayList<>(List.of(Outcome.values()));
        acts.addAll(List.of(Step.values()));
        return acts;
    }
}
