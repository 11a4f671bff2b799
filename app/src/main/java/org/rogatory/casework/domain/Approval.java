package org.rogatory.casework.domain;

import java.time.Instant;

/** A supervisor's second pair of eyes on a decision that sets a blocking finding aside. */
public record Approval(String approver, Instant approvedAt) {
}
