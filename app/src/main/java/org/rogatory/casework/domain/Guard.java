package org.rogatory.casework.domain;

/**
 * A named rule that a move must pass: it looks at the attempt (the case as it stands, who asks,
 * what they answer) and says Allowed or Blocked with all its reasons. Adding a rule to a move is
 * one class and one entry in the {@link Chain} table.
 */
public interface Guard {

    Verdict check(Attempt attempt);
}
