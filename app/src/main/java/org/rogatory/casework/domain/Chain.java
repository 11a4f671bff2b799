package org.rogatory.casework.domain;

import static org.rogatory.access.Role.CENTRAL_AUTHORITY;
import static org.rogatory.access.Role.CLERK;
import static org.rogatory.access.Role.INVESTIGATING_JUDGE;
import static org.rogatory.access.Role.POLICE;
import static org.rogatory.access.Role.PRIVILEGE_REVIEWER;
import static org.rogatory.access.Role.PROSECUTOR;
import static org.rogatory.casework.domain.CaseState.AWAITING_INFORMATION;
import static org.rogatory.casework.domain.CaseState.CENTRAL_AUTHORITY_REVIEW;
import static org.rogatory.casework.domain.CaseState.CLOSED;
import static org.rogatory.casework.domain.CaseState.EXECUTED;
import static org.rogatory.casework.domain.CaseState.EXECUTION_PLANNING;
import static org.rogatory.casework.domain.CaseState.JUDGE_REVIEW;
import static org.rogatory.casework.domain.CaseState.PROSECUTOR_REVIEW;
import static org.rogatory.casework.domain.CaseState.RECEIVED;
import static org.rogatory.casework.domain.CaseState.REFUSED;
import static org.rogatory.casework.domain.CaseState.RESULTS_REVIEW;
import static org.rogatory.casework.domain.CaseState.SCREENED;
import static org.rogatory.casework.domain.CaseState.TRANSMISSION_AUTHORISED;
import static org.rogatory.casework.domain.CaseState.TRANSMITTED;
import static org.rogatory.casework.domain.CaseState.WITHDRAWN;
import static org.rogatory.casework.domain.Outcome.AUTHORISE;
import static org.rogatory.casework.domain.Outcome.EXECUTE;
import static org.rogatory.casework.domain.Outcome.FORWARD;
import static org.rogatory.casework.domain.Outcome.REFER_TO_JUDGE;
import static org.rogatory.casework.domain.Outcome.REFUSE;
import static org.rogatory.casework.domain.Outcome.RETURN_FOR_INFORMATION;
import static org.rogatory.casework.domain.Outcome.WITHDRAW;
import static org.rogatory.casework.domain.Step.EXECUTION_REPORTED;
import static org.rogatory.casework.domain.Step.FILE_CLOSED;
import static org.rogatory.casework.domain.Step.NEW_INFORMATION_RECORDED;
import static org.rogatory.casework.domain.Step.PACKAGE_SENT;
import static org.rogatory.casework.domain.Step.RESULTS_SUBMITTED;
import static org.rogatory.casework.domain.Step.REVIEW_OPENED;
import static org.rogatory.casework.domain.Step.SCREENING_COMPLETED;
import static org.rogatory.casework.domain.Step.TRANSMISSION_APPROVED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rogatory.access.Role;

/**
 * The chain of filters: every state, the role that owns it (whose queue it fills), the acts open
 * in it, where each leads and the guards it must pass. The one place that says how a request
 * moves; handlers ask it and never decide themselves.
 */
public final class Chain {

    private static final Role THE_SYSTEM = null;

    private static final Guard EVERY_FINDING_ANSWERED = new EveryGatingFindingAnswered();
    private static final Guard NO_UPHELD_BLOCKING_FINDING = new NoUpheldBlockingFinding();
    private static final Guard NON_COERCIVE_ONLY = new NonCoerciveOnly();
    private static final Guard NO_DECISION_AWAITS_APPROVAL = new NoDecisionAwaitsApproval();
    private static final Guard EXECUTION_PLAN_CONFIRMED = new FeaturePolicyGuard(FeaturePolicy.EXECUTION_PLAN_CONFIRMED);
    private static final Guard RESULTS_COMPLETE = new FeaturePolicyGuard(FeaturePolicy.RESULTS_COMPLETE);
    private static final Guard NOTHING_HOLDS_BACK_TRANSMISSION =
            new FeaturePolicyGuard(FeaturePolicy.NOTHING_HOLDS_BACK_TRANSMISSION);

    /**
     * DESIGN.md §3, read aloud: "in STATE, owned by ROLE, ACT leads to STATE, provided GUARDS".
     * A line that names a role acts for that role instead of the owner.
     */
    public static Chain standard() {
        return new Chain(List.of(
                state(RECEIVED, THE_SYSTEM,
                        on(SCREENING_COMPLETED, SCREENED)),
                state(SCREENED, THE_SYSTEM,
                        on(REVIEW_OPENED, CENTRAL_AUTHORITY_REVIEW)),
                state(CENTRAL_AUTHORITY_REVIEW, CENTRAL_AUTHORITY,
                        on(FORWARD, PROSECUTOR_REVIEW, EVERY_FINDING_ANSWERED, NO_UPHELD_BLOCKING_FINDING),
                        on(REFUSE, REFUSED),
                        on(RETURN_FOR_INFORMATION, AWAITING_INFORMATION)),
                state(AWAITING_INFORMATION, CLERK,
                        on(NEW_INFORMATION_RECORDED, SCREENED)),
                state(PROSECUTOR_REVIEW, PROSECUTOR,
                        on(REFUSE, REFUSED),
                        on(EXECUTE, EXECUTION_PLANNING, NON_COERCIVE_ONLY, EVERY_FINDING_ANSWERED,
                                NO_UPHELD_BLOCKING_FINDING),
                        on(REFER_TO_JUDGE, JUDGE_REVIEW, EVERY_FINDING_ANSWERED, NO_UPHELD_BLOCKING_FINDING)),
                state(JUDGE_REVIEW, INVESTIGATING_JUDGE,
                        on(REFUSE, REFUSED),
                        on(AUTHORISE, EXECUTION_PLANNING, EVERY_FINDING_ANSWERED, NO_UPHELD_BLOCKING_FINDING)),
                // a finding screening raises after the decisions (a register grew) holds the plan (its
                // confirmation and report) and the transmission until the judge answers it, authorising again
                // (the case stays where it is) or refusing
                state(EXECUTION_PLANNING, POLICE,
                        on(EXECUTION_REPORTED, EXECUTED, EXECUTION_PLAN_CONFIRMED, NO_DECISION_AWAITS_APPROVAL),
                        on(INVESTIGATING_JUDGE, AUTHORISE, EXECUTION_PLANNING, EVERY_FINDING_ANSWERED,
                                NO_UPHELD_BLOCKING_FINDING),
                        on(INVESTIGATING_JUDGE, REFUSE, REFUSED)),
                state(EXECUTED, POLICE,
                        on(RESULTS_SUBMITTED, RESULTS_REVIEW, RESULTS_COMPLETE, NO_DECISION_AWAITS_APPROVAL),
                        on(INVESTIGATING_JUDGE, AUTHORISE, EXECUTED, EVERY_FINDING_ANSWERED,
                                NO_UPHELD_BLOCKING_FINDING),
                        on(INVESTIGATING_JUDGE, REFUSE, REFUSED)),
                state(RESULTS_REVIEW, PRIVILEGE_REVIEWER,
                        on(INVESTIGATING_JUDGE, TRANSMISSION_APPROVED, TRANSMISSION_AUTHORISED,
                                NOTHING_HOLDS_BACK_TRANSMISSION, EVERY_FINDING_ANSWERED),
                        on(INVESTIGATING_JUDGE, AUTHORISE, RESULTS_REVIEW, EVERY_FINDING_ANSWERED,
                                NO_UPHELD_BLOCKING_FINDING),
                        on(INVESTIGATING_JUDGE, REFUSE, REFUSED)),
                // the judge's transmission is one act: approving it and sending the package it seals
                state(TRANSMISSION_AUTHORISED, INVESTIGATING_JUDGE,
                        on(PACKAGE_SENT, TRANSMITTED, NOTHING_HOLDS_BACK_TRANSMISSION)),
                state(TRANSMITTED, CENTRAL_AUTHORITY,
                        on(FILE_CLOSED, CLOSED)),
                state(CLOSED, THE_SYSTEM),
                state(REFUSED, THE_SYSTEM),
                state(WITHDRAWN, THE_SYSTEM)),
                // the requesting state may withdraw its request at any point before the file is closed
                inEveryOpenState(on(CLERK, WITHDRAW, WITHDRAWN)));
    }

    private final Map<CaseState, Role> owners = new EnumMap<>(CaseState.class);
    private final List<Move> moves = new ArrayList<>();

    private Chain(List<StateLine> states, Line inEveryOpenState) {
        for (StateLine line : states) {
            if (line.owner() != null) {
                owners.put(line.state(), line.owner());
            }
            for (Line move : line.moves()) {
                add(new Move(line.state(), move.by() != null ? move.by() : line.owner(), move.act(), move.to(),
                        move.guards()));
            }
        }
        for (StateLine line : states) {
            if (line.state().isOpen()) {
                add(new Move(line.state(), inEveryOpenState.by(), inEveryOpenState.act(), inEveryOpenState.to(),
                        inEveryOpenState.guards()));
            }
        }
    }

    private void add(Move move) {
        if (move(move.from(), move.act()).isPresent()) {
            throw new IllegalArgumentException(move.act() + " is listed twice for " + move.from());
        }
        moves.add(move);
    }

    public List<Move> moves() {
        return List.copyOf(moves);
    }

    public Optional<Move> move(CaseState from, Act act) {
        return moves.stream().filter(m -> m.from() == from && m.act() == act).findFirst();
    }

    /** The role whose queue a case in this state waits in; none for the system's and the final states. */
    public Optional<Role> owner(CaseState state) {
        return Optional.ofNullable(owners.get(state));
    }

    public Set<CaseState> ownedBy(Role role) {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        owners.forEach((state, owner) -> {
            if (owner == role) {
                states.add(state);
            }
        });
        return states;
    }

    /** The outcomes the role may give in this state (subject to the guards). */
    public List<Outcome> outcomesFor(Role role, CaseState state) {
        return moves.stream()
                .filter(m -> m.from() == state && m.by() == role && m.act() instanceof Outcome)
                .map(m -> (Outcome) m.act())
                .toList();
    }

    /** Whether the role may ever take this act, in any state: if not, asking is forbidden, not blocked. */
    public boolean mayEverTake(Role role, Act act) {
        return moves.stream().anyMatch(m -> m.by() == role && m.act() == act);
    }

    /** Whether the attempted move may happen now; if not, every reason why. */
    public Verdict check(Attempt attempt) {
        CaseState state = attempt.file().state();
        Optional<Move> move = move(state, attempt.act());
        if (move.isEmpty()) {
            return Verdict.blocked(Reason.of("not-open-in-state",
                    attempt.act() + " is not possible while the request is in " + state + "."));
        }
        if (!Objects.equals(move.get().by(), attempt.role())) {
            return Verdict.blocked(Reason.of("not-your-move", "In " + state + ", only "
                    + (move.get().bySystem() ? "the system" : move.get().by().name()) + " may " + attempt.act() + "."));
        }
        return Verdict.all(move.get().guards().stream().map(guard -> guard.check(attempt)).toList());
    }

    private static StateLine state(CaseState state, Role owner, Line... moves) {
        return new StateLine(state, owner, List.of(moves));
    }

    private static Line on(Act act, CaseState to, Guard... guards) {
        return new Line(null, act, to, Arrays.asList(guards));
    }

    private static Line on(Role by, Act act, CaseState to, Guard... guards) {
        return new Line(by, act, to, Arrays.asList(guards));
    }

    private static Line inEveryOpenState(Line line) {
        return line;
    }

    private record StateLine(CaseState state, Role owner, List<Line> moves) {
    }

    private record Line(Role by, Act act, CaseState to, List<Guard> guards) {
    }
}
