package org.rogatory.execution.domain;

/**
 * What a foreign official is on the plan for. Only {@link #OBSERVER} is ever allowed
 * (ROG-FOREIGN-OFFICIALS-NAMED): the others exist so that a plan asking for them is refused by
 * name rather than misread.
 */
public enum PresenceRole {
    OBSERVER,
    ASSIST,
    ASK_QUESTIONS
}
