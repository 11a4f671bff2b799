package org.rogatory.casework.domain;

import java.util.List;
import org.rogatory.access.Role;

/**
 * One line of the chain: in state {@code from}, role {@code by} (null: the system) may {@code act},
 * which leads to {@code to}, provided every guard allows it.
 */
public record Move(CaseState from, Role by, Act act, CaseState to, List<Guard> guards) {

    public Move {
        guards = List.copyOf(guards);
    }

    public boolean bySystem() {
        return by == null;
    }
}
