package org.rogatory.execution.domain;

import java.util.List;

/**
 * A search or seizure at premises carried out before the time the plan set: the bar president was
 * told that time (DESIGN.md §5: before the search, so that the bar can attend), and so were the
 * observers. Reported as it happened, it is an incident for the judge.
 */
final class ExecutedBeforeItsAnnouncedTime implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        ExecutionPlan plan = context.plan();
        if (plan.places().isEmpty() || !context.report().executedAt().isBefore(plan.scheduledFor())) {
            return List.of();
        }
        return List.of(new Incident.Opened(Incident.Kind.EXECUTED_BEFORE_ANNOUNCED_TIME, "executedAt",
                "Executed at " + context.report().executedAt() + ", before the time the plan set and the bar "
                        + "president was told (" + plan.scheduledFor() + ")."));
    }
}
