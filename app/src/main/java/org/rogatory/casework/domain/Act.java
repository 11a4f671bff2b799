package org.rogatory.casework.domain;

/**
 * What moves a request from one state to the next: a reasoned {@link Outcome} of a decision, or a
 * {@link Step} recorded by the system or by the feature that does the work (screening, execution,
 * transmission).
 */
public sealed interface Act permits Outcome, Step {

    String name();
}
