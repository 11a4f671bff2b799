package org.rogatory.casework.domain;

import java.util.Objects;

/** A feature's verdict on one of its {@link FeaturePolicy policies}, a fact of the attempt it asks the chain for. */
public record PolicyCheck(FeaturePolicy policy, Verdict verdict) {

    public PolicyCheck {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(verdict, "verdict");
    }
}
