package org.rogatory.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;

/**
 * How one request went through the chain, with nothing that identifies it: no id, no reference,
 * no names, no facts, no authors. What oversight's aggregates are computed from (DESIGN.md §8).
 *
 * @param moves     every move, in order, with its time
 * @param decisions every decision, in order
 */
public record CaseCourse(String requestingState, LocalDate receivedOn, CaseState state, List<Moved> moves,
        List<DecisionTaken> decisions) {

    public CaseCourse {
        moves = List.copyOf(moves);
        decisions = List.copyOf(decisions);
    }

    /** A move and when it happened. */
    public record Moved(Transition transition, Instant at) {
    }

    /**
     * A decision as the figures count it.
     *
     * @param grounds the ground codes it cites, those of the findings it upholds included
     * @param answers its answers to findings
     */
    public record DecisionTaken(CaseState fromState, Outcome outcome, List<String> grounds, DecisionStatus status,
            List<Answer> answers) {

        public DecisionTaken {
            grounds = List.copyOf(grounds);
            answers = List.copyOf(answers);
        }
    }

    /** A decision's answer to a finding, by the finding's code and severity. */
    public record Answer(FindingCode code, Severity severity, Disposition disposition) {
    }
}
