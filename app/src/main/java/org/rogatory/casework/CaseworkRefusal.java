package org.rogatory.casework;

import java.util.List;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.web.FieldProblem;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;

/**
 * Casework says no: the case is not one the user may see (404, never telling whether it exists),
 * the chain blocks the move (409, every reason), the proposal is malformed (400), or the user may
 * not do this to this case (403). Thrown before anything is written, so the transaction commits
 * the audit event of the refused attempt and nothing else.
 */
public final class CaseworkRefusal extends ProblemException {

    private CaseworkRefusal(org.springframework.http.ProblemDetail problem) {
        super(problem);
    }

    public static CaseworkRefusal notFound() {
        return new CaseworkRefusal(Problems.of(ProblemKind.NOT_FOUND, "There is no request with this id that you may see."));
    }

    /** 404 for a decision the case (which the caller may see) does not have. */
    public static CaseworkRefusal noSuchDecision() {
        return new CaseworkRefusal(Problems.of(ProblemKind.NOT_FOUND, "There is no decision with this id on this request."));
    }

    public static CaseworkRefusal blocked(String detail, List<Views.ReasonView> reasons) {
        return new CaseworkRefusal(Problems.blocked(detail, reasons));
    }

    /** 409 for another feature's rule about the case: every reason, with the findings they name spelt out. */
    public static CaseworkRefusal blocked(String detail, List<org.rogatory.casework.domain.Reason> reasons,
            org.rogatory.casework.domain.CaseFile file) {
        return blocked(detail, reasons.stream().map(r -> Views.ReasonView.of(r, file)).toList());
    }

    public static CaseworkRefusal invalid(List<ProposalDefect> defects) {
        return new CaseworkRefusal(Problems.invalidRequest(defects.stream()
                .map(d -> new FieldProblem(d.pointer(), d.detail())).toList()));
    }

    public static CaseworkRefusal forbidden(String detail) {
        return new CaseworkRefusal(Problems.of(ProblemKind.FORBIDDEN, detail));
    }
}
