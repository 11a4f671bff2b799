package org.rogatory.execution.domain;

import java.util.List;

/**
 * An execution carried out before the time the plan set, which a bar president was told (DESIGN.md §5:
 * the notice goes out before the search, so that the bar can attend). Reported as it happened, it is an
 * incident for the judge.
 */
final class ExecutedBeforeItsAnnouncedTime implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        ExecutionPlan plan = context.plan();
        if (!context.timeAnnounced() || !context.report().executedAt().isBefore(plan.scheduledFor())) {
            return List.of();
        }
        return List.of(new Incident.Opened(Incident.Kind.EXECUTED_BEFORE_ANNOUNCED_TIME, "executedAt",
                "Executed at " + context.report().executedAt() + ", before the time the plan set and the bar "
                        + "president was told (" + plan.scheduledFor() + ")."));
    }
}
