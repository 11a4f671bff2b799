package org.rogatory.casework.domain;

/** A move that took effect: the request went from one state to another by an act. */
public record Transition(CaseState from, Act act, CaseState to) {
}
