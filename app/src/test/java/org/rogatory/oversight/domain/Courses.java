package org.rogatory.oversight.domain;

import static org.rogatory.casework.domain.CaseState.CENTRAL_AUTHORITY_REVIEW;
import static org.rogatory.casework.domain.CaseState.RECEIVED;
import static org.rogatory.casework.domain.CaseState.SCREENED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rogatory.casework.domain.Act;
import org.rogatory.casework.domain.CaseCourse;
import org.rogatory.casework.domain.CaseCourse.Answer;
import org.rogatory.casework.domain.CaseCourse.DecisionTaken;
import org.rogatory.casework.domain.CaseCourse.Moved;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Transition;

/**
 * Courses of requests as the chain would produce them, written as a walk: register, then decide
 * after so many days. Decisions that take effect move the request as the chain says.
 */
final class Courses {

    static final Chain CHAIN = Chain.standard();
    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    private final String requestingState;
    private final List<Moved> moves = new ArrayList<>();
    private final List<DecisionTaken> decisions = new ArrayList<>();
    private CaseState state = CENTRAL_AUTHORITY_REVIEW;
    private Instant now = START;

    private Courses(String requestingState) {
        this.requestingState = requestingState;
        moves.add(new Moved(new Transition(RECEIVED, Step.SCREENING_COMPLETED, SCREENED), now));
        moves.add(new Moved(new Transition(SCREENED, Step.REVIEW_OPENED, CENTRAL_AUTHORITY_REVIEW), now));
    }

    /** A request from the state, registered and waiting for the central authority. */
    static Courses from(String requestingState) {
        return new Courses(requestingState);
    }

    /** A decision that takes effect after so many days, citing the grounds. */
    Courses decide(double afterDays, Outcome outcome, String... grounds) {
        return decide(afterDays, outcome, DecisionStatus.EFFECTIVE, List.of(), grounds);
    }

    Courses decide(double afterDays, Outcome outcome, DecisionStatus status, List<Answer> answers, String... grounds) {
        now = now.plus(Duration.ofMinutes(Math.round(afterDays * 24 * 60)));
        decisions.add(new DecisionTaken(state, outcome, List.of(grounds), status, answers));
        if (status == DecisionStatus.EFFECTIVE) {
            move(outcome);
        }
        return this;
    }

    /** A step of the later work (execution reported, ...) after so many days. */
    Courses step(double afterDays, Step step) {
        now = now.plus(Duration.ofMinutes(Math.round(afterDays * 24 * 60)));
        move(step);
        return this;
    }

    private void move(Act act) {
        CaseState to = CHAIN.move(state, act).orElseThrow(() -> new IllegalArgumentException(act + " in " + state))
                .to();
        moves.add(new Moved(new Transition(state, act, to), now));
        state = to;
    }

    CaseCourse course() {
        return new CaseCourse(requestingState, LocalDate.of(2025, 3, 3), state, moves, decisions);
    }

    static List<CaseCourse> times(int n, Courses courses) {
        List<CaseCourse> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(courses.course());
        }
        return all;
    }
}
