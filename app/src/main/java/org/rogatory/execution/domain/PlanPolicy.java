package org.rogatory.execution.domain;

import org.rogatory.casework.domain.Verdict;

/** A named rule about an execution plan: allowed, or blocked with every reason. */
public interface PlanPolicy {

    Verdict check(PlanContext context);
}
