package org.rogatory.oversight.domain;

import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.execution.domain.Incident;
import org.rogatory.screening.domain.FindingCode;

/** What one published count counts, for the requests received in the year from one requesting state (or all). */
sealed interface Metric {

    /** Requests received. */
    record Received() implements Metric {
    }

    /** Requests that stand so now. */
    record InStanding(Standing standing) implements Metric {
    }

    /** Decisions of the filter with the outcome, that took effect. */
    record Decided(Filter filter, Outcome outcome) implements Metric {
    }

    /** Requests waiting for the filter's decision now. */
    record Pending(Filter filter) implements Metric {
    }

    /** Decisions of the filter that wait for a supervisor's approval now. */
    record AwaitingApproval(Filter filter) implements Metric {
    }

    /** Refusals that took effect citing the ground. */
    record RefusalGround(String code) implements Metric {
    }

    /** Blocking findings of the code dismissed or overridden. */
    record SetAside(FindingCode code) implements Metric {
    }

    /** Blocking findings of the code set aside in this way. */
    record SetAsideAs(FindingCode code, Disposition disposition) implements Metric {
    }

    /** Blocking findings of the code set aside by a decision in this status (approved, awaiting, lapsed). */
    record SetAsideNow(FindingCode code, DecisionStatus status) implements Metric {
    }

    /** Requests that spent time in the stage and left it. */
    record Stayed(CaseState stage) implements Metric {
    }

    /** Incidents of the kind opened at the executions. */
    record IncidentsOpened(Incident.Kind kind) implements Metric {
    }

    /** Incidents of the kind the judge has ruled on. */
    record IncidentsRuled(Incident.Kind kind) implements Metric {
    }

    /** Incidents of the kind still waiting for the judge's ruling. */
    record IncidentsAwaitingRuling(Incident.Kind kind) implements Metric {
    }
}
