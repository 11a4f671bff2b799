package org.rogatory.screening.domain;

import java.util.Objects;
import org.rogatory.intake.domain.CooperationRequest;

/**
 * A request already handled here ({@code history.jsonl}, or the case files of the system itself),
 * open or closed.
 *
 * @param state         its state in the chain (DESIGN.md §3), e.g. {@code REFUSED}, {@code JUDGE_REVIEW}
 * @param assignedJudge the judge it was before, or null when it never reached one
 */
public record EarlierRequest(String id, String state, String assignedJudge, CooperationRequest request) {

    public static final String REFUSED = "REFUSED";

    public EarlierRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(request, "request");
    }

    public boolean wasRefused() {
        return REFUSED.equals(state);
    }

    /** The other case and its judge, as an officer would name them. */
    public String describe() {
        return id + " (" + request.requestingState() + " " + request.foreignReference() + ", " + state + ", "
                + (assignedJudge == null || assignedJudge.isBlank() ? "no judge assigned" : "before " + assignedJudge)
                + ")";
    }
}
