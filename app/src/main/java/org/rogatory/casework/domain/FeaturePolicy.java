package org.rogatory.casework.domain;

import java.util.Locale;

/**
 * Conditions of the later moves that live in another feature's records (the execution plan, the
 * result items, the objections): that feature checks its named policy over what it keeps and hands
 * the verdict to the chain as a {@link PolicyCheck}. The chain lists which move needs which.
 */
public enum FeaturePolicy {
    /** The execution plan is confirmed and its obligations (bar notice, named observers, judge) are still met. */
    EXECUTION_PLAN_CONFIRMED,
    /** Every result item (seized document, data-carrier copy, hearing record, bank record) has its content. */
    RESULTS_COMPLETE,
    /**
     * Nothing holds back the transmission: every item reviewed and its findings resolved, no open
     * incident, no objection awaiting the judge, the remedy period over.
     */
    NOTHING_HOLDS_BACK_TRANSMISSION;

    /** The reason code when no verdict was given: {@code execution-plan-confirmed-unchecked}. */
    String uncheckedCode() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + "-unchecked";
    }
}
