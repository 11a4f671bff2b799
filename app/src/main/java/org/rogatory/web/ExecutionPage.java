package org.rogatory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rogatory.access.Access;
import org.rogatory.access.Operation;
import org.rogatory.access.Rights;
import org.rogatory.access.Role;
import org.rogatory.access.User;
import org.rogatory.casework.Casework;
import org.rogatory.casework.Views.CaseView;
import org.rogatory.casework.Views.DecisionView;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.execution.Execution;
import org.rogatory.execution.ExecutionViews.ExecutionView;
import org.rogatory.execution.domain.BarNotice.BarAnswer;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;
import org.rogatory.execution.domain.ExecutionReport.SeizedKind;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The execution of an authorised request: the plan (police draft it within the judge's
 * authorisation, have the bar presidents told, confirm it once no obligation is unmet), the notices
 * with their delivery and the bar's answer (the clerk records it), the report, and the incidents the
 * judge rules on. Every act goes through {@link Execution}, as the API's do; a refusal is shown on
 * this page with its reasons.
 */
@UiController
class ExecutionPage {

    /** The states in which a request has an execution to show. */
    static final Set<CaseState> FROM_EXECUTION = EnumSet.of(CaseState.EXECUTION_PLANNING, CaseState.EXECUTED,
            CaseState.RESULTS_REVIEW, CaseState.TRANSMISSION_AUTHORISED, CaseState.TRANSMITTED, CaseState.CLOSED);

    private final Access access;
    private final Casework casework;
    private final Execution execution;
    private final JsonMapper json;

    ExecutionPage(Access access, Casework casework, Execution execution, JsonMapper json) {
        this.access = access;
        this.casework = casework;
        this.execution = execution;
        this.json = json;
    }

    @GetMapping("/cases/{id}/execution")
    String page(@PathVariable String id, Model model) {
        return page(id, access.require(Operation.READ_CASE), null, null, model);
    }

    @PostMapping("/cases/{id}/execution/plan")
    String draft(@PathVariable String id, @ModelAttribute("planForm") PlanForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        User police = access.require(Operation.PLAN_EXECUTION);
        Rows rows = new Rows();
        if (Refusals.attempt(() -> execution.draftPlan(id, form.draft(rows), police), model, rows, response)) {
            redirect.addFlashAttribute("notice", "execution.plan.done");
            return "redirect:/cases/" + id + "/execution#plan";
        }
        return page(id, police, form.withSpareRows(), null, model);
    }

    @PostMapping("/cases/{id}/execution/notices")
    String sendNotices(@PathVariable String id, RedirectAttributes redirect) {
        User police = access.require(Operation.PLAN_EXECUTION);
        return act(id, redirect, "notices", "execution.notices.sent", () -> execution.sendNotices(id, police));
    }

    @PostMapping("/cases/{id}/execution/confirmation")
    String confirm(@PathVariable String id, @RequestParam(required = false) Integer plan, RedirectAttributes redirect) {
        User police = access.require(Operation.PLAN_EXECUTION);
        return act(id, redirect, "plan", "execution.plan.confirmed", () -> execution.confirmPlan(id, plan, police));
    }

    @PostMapping("/cases/{id}/execution/notices/{noticeId}/answer")
    String answer(@PathVariable String id, @PathVariable String noticeId, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        User clerk = access.require(Operation.RECORD_BAR_ANSWER);
        return act(id, redirect, "notices", "execution.notice.answered", () -> execution.recordAnswer(id, noticeId,
                Rows.enumOrNull(BarAnswer.class, answer), Rows.trimmed(note), clerk));
    }

    @PostMapping("/cases/{id}/execution/report")
    String report(@PathVariable String id, @ModelAttribute("reportForm") ReportForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        User police = access.require(Operation.REPORT_EXECUTION);
        Rows rows = new Rows();
        if (Refusals.attempt(() -> execution.fileReport(id, form.report(rows), police), model, rows, response)) {
            redirect.addFlashAttribute("notice", "execution.report.done");
            return "redirect:/cases/" + id + "/execution#report";
        }
        return page(id, police, null, form.withSpareRows(), model);
    }

    @PostMapping("/cases/{id}/execution/incidents/{incidentId}/ruling")
    String rule(@PathVariable String id, @PathVariable String incidentId,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        User judge = access.require(Operation.RULE);
        return act(id, redirect, "incidents", "execution.incident.done",
                () -> execution.ruleOnIncident(id, incidentId, Rows.trimmed(reasons), judge));
    }

    private String act(String id, RedirectAttributes redirect, String anchor, String done, Runnable act) {
        Refusals.attempt(act, redirect, null, done);
        return "redirect:/cases/" + id + "/execution#" + anchor;
    }

    private String page(String id, User user, PlanForm planForm, ReportForm reportForm, Model model) {
        CaseView view = casework.read(id, user);
        CooperationRequest request = json.treeToValue(view.request(), CooperationRequest.class);
        ExecutionView execution = this.execution.view(id, user);
        boolean planning = view.state() == CaseState.EXECUTION_PLANNING;
        model.addAttribute("view", view);
        model.addAttribute("request", request);
        model.addAttribute("execution", execution);
        model.addAttribute("stage", "execution");
        model.addAttribute("planForm", planForm != null ? planForm : PlanForm.of(execution.plan(), authorisation(view)));
        model.addAttribute("reportForm", reportForm != null ? reportForm : ReportForm.of(execution.plan()));
        model.addAttribute("premises", Premises.values());
        model.addAttribute("presentRoles", PresentRole.values());
        model.addAttribute("conducts", Conduct.values());
        model.addAttribute("seizedKinds", SeizedKind.values());
        model.addAttribute("barAnswers", BarAnswer.values());
        model.addAttribute("mayPlan", planning && Rights.allows(user.role(), Operation.PLAN_EXECUTION));
        model.addAttribute("mayReport", planning && execution.plan() != null
                && "CONFIRMED".equals(execution.plan().status())
                && Rights.allows(user.role(), Operation.REPORT_EXECUTION));
        model.addAttribute("mayAnswer", Rights.allows(user.role(), Operation.RECORD_BAR_ANSWER));
        model.addAttribute("mayRule", Rights.allows(user.role(), Operation.RULE));
        model.addAttribute("authorisation", authorisation(view));
        return "execution";
    }

    /**
     * The judge's authorisation in force, as casework reads it: that of the latest effective AUTHORISE of a
     * judge, a later one in the execution's states included.
     */
    static Authorisation authorisation(CaseView view) {
        List<DecisionView> decisions = view.decisions();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            DecisionView d = decisions.get(i);
            if (d.outcome() == Outcome.AUTHORISE && d.status() == DecisionStatus.EFFECTIVE
                    && d.role() == Role.INVESTIGATING_JUDGE) {
                return d.authorisation();
            }
        }
        return null;
    }
}
