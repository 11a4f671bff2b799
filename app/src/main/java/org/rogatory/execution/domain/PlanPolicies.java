package org.rogatory.execution.domain;

import java.util.List;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Verdict;

/** Which plan policies apply when: the plan as drafted, and the plan confirmed (and still when the report is filed). */
public final class PlanPolicies {

    /** Nothing is executed without a plan. */
    public static final Verdict NO_PLAN = Verdict.blocked(Reason.of("no-plan",
            "The police have not drafted an execution plan."));

    private PlanPolicies() {
    }

    /** A draft stays within the judge's authorisation, or it is not recorded. */
    public static List<PlanPolicy> whenDrafted() {
        return List.of(
                new ForeignOfficialsAuthorised(),
                new MeasuresAuthorised());
    }

    /** A plan is confirmed only with every OBLIGATION met (DESIGN.md §5). */
    public static List<PlanPolicy> whenConfirmed() {
        return List.of(
                new JudgeAuthorised(),
                new NoFindingAwaitsTheJudge(),
                new BarPresidentNotified(),
                new ForeignOfficialsAuthorised(),
                new MeasuresAuthorised());
    }

    /**
     * EXECUTION_PLAN_CONFIRMED, for the chain when the report is filed: the plan executed is the
     * confirmed one, and what its confirmation needed still holds (a finding raised since, a notice
     * to a bar of a new place, would show here).
     */
    public static Verdict readyToReport(PlanContext context) {
        Verdict obligations = check(whenConfirmed(), context);
        if (!context.plan().confirmed()) {
            // every reason at once: what the confirmation still waits for, too
            return Verdict.all(List.of(Verdict.blocked(Reason.of("plan-not-confirmed",
                    "The execution plan is not confirmed: nothing is executed on a draft.")), obligations));
        }
        return obligations;
    }

    public static Verdict check(List<PlanPolicy> policies, PlanContext context) {
        return Verdict.all(policies.stream().map(p -> p.check(context)).toList());
    }
}
