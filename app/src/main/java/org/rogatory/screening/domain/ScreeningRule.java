package org.rogatory.screening.domain;

import java.util.List;

/**
 * One named screening rule: looks at the request and the reference data in the context and
 * returns the findings it raises, possibly none. Rules are pure and independent of each other.
 * Adding a rule is one class and one line in {@link ScreeningRules}.
 */
public interface ScreeningRule {

    List<Finding> findingsFor(ScreeningContext context);
}
