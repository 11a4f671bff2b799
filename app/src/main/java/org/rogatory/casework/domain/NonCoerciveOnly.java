package org.rogatory.casework.domain;

/**
 * Coercive measures (search, seizure, interception, asset freeze, hearing under compulsion) are
 * never executed without an investigating judge's authorisation: the prosecutor may execute only a
 * request that asks for none of them.
 */
final class NonCoerciveOnly implements Guard {

    @Override
    public Verdict check(Attempt attempt) {
        if (!attempt.file().coercive()) {
            return Verdict.ALLOWED;
        }
        return Verdict.blocked(Reason.of("coercive-measure",
                "The request asks for a coercive measure: only an investigating judge may authorise it (REFER_TO_JUDGE)."));
    }
}
