package org.rogatory.access;

import java.util.Set;

/**
 * Who a case is for at this moment: the roles in whose queue it waits and the users assigned to it.
 * The feature that owns the case computes it; {@link Rights#needsToKnow} judges it.
 */
public record CaseAudience(Set<Role> queuedFor, Set<String> assignedUsers) {

    public CaseAudience {
        queuedFor = Set.copyOf(queuedFor);
        assignedUsers = Set.copyOf(assignedUsers);
    }
}
