package org.rogatory.screening.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule over a request; screening is a pure function of the context. */
public final class Screener {

    private final List<ScreeningRule> rules;

    public Screener(List<ScreeningRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Findings of all rules, one per id (two rules never report the same thing twice), each pointing to the
     * grounds that apply under the instruments the request is made under.
     */
    public List<Finding> screen(ScreeningContext context) {
        GroundApplicability applicability = GroundApplicability.of(context.request());
        Map<String, Finding> byId = new LinkedHashMap<>();
        for (ScreeningRule rule : rules) {
            for (Finding finding : rule.findingsFor(context)) {
                byId.putIfAbsent(finding.id(), finding.withGrounds(applicability.applicable(finding.grounds())));
            }
        }
        return List.copyOf(byId.values());
    }
}
