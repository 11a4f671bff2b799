package org.rogatory.casework.domain;

/**
 * A move that needs a {@link FeaturePolicy} to allow it: the attempt must carry that policy's
 * verdict, and the move is blocked with every reason the verdict gives. An attempt without the
 * verdict is blocked too, so that no caller can skip the feature's check by not asking it.
 */
final class FeaturePolicyGuard implements Guard {

    private final FeaturePolicy policy;

    FeaturePolicyGuard(FeaturePolicy policy) {
        this.policy = policy;
    }

    FeaturePolicy policy() {
        return policy;
    }

    @Override
    public Verdict check(Attempt attempt) {
        return attempt.facts().stream()
                .filter(PolicyCheck.class::isInstance)
                .map(PolicyCheck.class::cast)
                .filter(check -> check.policy() == policy)
                .map(PolicyCheck::verdict)
                .findFirst()
                .orElseGet(() -> Verdict.blocked(Reason.of(policy.uncheckedCode(),
                        "The move needs " + policy + " to be checked first.")));
    }
}
