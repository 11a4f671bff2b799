package org.rogatory.casework;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.Approval;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.FindingStatus;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Reason;
import org.rogatory.screening.domain.Evidence;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;
import tools.jackson.databind.JsonNode;

/** What casework answers with: the shapes of the request resource in the API (and for the UI). */
public final class Views {

    private Views() {
    }

    /** {@code GET /requests/{id}}: the request, where it stands, what screening found, what was decided. */
    public record CaseView(
            String id,
            CaseState state,
            long version,
            JsonNode request,
            List<FindingView> findings,
            List<DecisionView> decisions,
            List<FindingView> obligations,
            String awaitingApproval,
            List<Outcome> outcomesOpenToYou) {
    }

    /** {@code POST /requests}: the new case (or, for a request registered before, its id). */
    public record RegistrationView(String id, CaseState state, List<FindingView> findings) {
    }

    public record FindingView(
            String id,
            FindingCode code,
            Severity severity,
            String personRef,
            String subject,
            Evidence evidence,
            List<String> grounds,
            FindingStatus status,
            @JsonProperty("new") boolean isNew) {

        static FindingView of(CaseFinding finding, CaseFile file) {
            var f = finding.finding();
            return new FindingView(f.id(), f.code(), f.severity(), f.personRef(), f.subject(), f.evidence(),
                    f.grounds(), file.statusOf(finding), file.isNew(finding));
        }
    }

    /**
     * A decision, and {@code state}: where the request stands now (moved, or not yet while the
     * decision awaits a supervisor).
     */
    public record DecisionView(
            String id,
            String author,
            Role role,
            Instant decidedAt,
            CaseState fromState,
            Outcome outcome,
            CaseState toState,
            List<String> grounds,
            String reasons,
            List<FindingDisposition> findings,
            boolean needsApproval,
            DecisionStatus status,
            Approval approval,
            Authorisation authorisation,
            CaseState state) {

        static DecisionView of(Decision decision, CaseFile file) {
            return of(decision, file.statusOf(decision), file.state());
        }

        static DecisionView of(Decision decision, DecisionStatus status, CaseState state) {
            return new DecisionView(decision.id(), decision.author(), decision.authorRole(), decision.decidedAt(),
                    decision.fromState(), decision.outcome(), decision.toState(), decision.grounds(),
                    decision.reasons(), decision.dispositions(), decision.needsApproval(), status,
                    decision.approval(), decision.authorisation(), state);
        }
    }

    /** A reason a move is blocked, with the finding it names (if any) spelt out, and what else it concerns. */
    public record ReasonView(String code, String findingId, FindingCode findingCode, Severity severity, String detail,
            String subject) {

        /** The reason as the API shows it, with the case's finding (if it names one) spelt out. */
        public static ReasonView of(Reason reason, CaseFile file) {
            java.util.Optional<CaseFinding> finding = java.util.Optional.ofNullable(reason.findingId())
                    .flatMap(file::finding);
            return new ReasonView(reason.code(), reason.findingId(), finding.map(f -> f.finding().code()).orElse(null),
                    finding.map(CaseFinding::severity).orElse(null), reason.detail(), reason.subject());
        }
    }
}
