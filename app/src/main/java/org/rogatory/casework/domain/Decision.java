package org.rogatory.casework.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rogatory.access.Role;

/**
 * A reasoned decision by a named user in a role (DESIGN.md §3). Decisions are never changed: a
 * correction is a new decision, and a supervisor's approval is recorded beside the decision.
 *
 * @param grounds        the ground codes the author cited, followed by those of the findings upheld
 * @param needsApproval  whether it sets a blocking finding aside, so takes effect only once approved
 * @param approval       the supervisor's approval, or null
 * @param authorisation  for an AUTHORISE, what it allows (foreign officials, measures, conditions); else null
 */
public record Decision(
        String id,
        String author,
        Role authorRole,
        Instant decidedAt,
        CaseState fromState,
        Outcome outcome,
        CaseState toState,
        List<String> grounds,
        String reasons,
        List<FindingDisposition> dispositions,
        boolean needsApproval,
        Approval approval,
        Authorisation authorisation) {

    public Decision {
        grounds = List.copyOf(grounds);
        dispositions = List.copyOf(dispositions);
    }

    public Decision(String id, String author, Role authorRole, Instant decidedAt, CaseState fromState, Outcome outcome,
            CaseState toState, List<String> grounds, String reasons, List<FindingDisposition> dispositions,
            boolean needsApproval, Approval approval) {
        this(id, author, authorRole, decidedAt, fromState, outcome, toState, grounds, reasons, dispositions,
                needsApproval, approval, null);
    }

    public Optional<Approval> approvalGiven() {
        return Optional.ofNullable(approval);
    }

    public Decision approvedBy(String approver, Instant at) {
        return new Decision(id, author, authorRole, decidedAt, fromState, outcome, toState, grounds, reasons,
                dispositions, needsApproval, new Approval(approver, at), authorisation);
    }

    /** Took effect: needed no approval, or got it. */
    public boolean effective() {
        return !needsApproval || approval != null;
    }
}
