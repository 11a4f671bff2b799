package org.rogatory.casework.domain;

/**
 * A step another role takes does not move the case from under a decision that waits for a supervisor:
 * the decision would lapse unseen (a judge's answer to a finding raised since, overriding it, while the
 * police submit the results). The supervisor rules on it first.
 */
final class NoDecisionAwaitsApproval implements Guard {

    @Override
    public Verdict check(Attempt attempt) {
        return attempt.file().awaitingApproval()
                .map(decision -> Verdict.blocked(Reason.of("decision-awaiting-approval", "The " + decision.outcome()
                        + " of " + decision.author() + " awaits a supervisor's approval; it would lapse.")))
                .orElse(Verdict.ALLOWED);
    }
}
