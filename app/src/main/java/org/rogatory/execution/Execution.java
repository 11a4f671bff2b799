package org.rogatory.execution;

import static org.rogatory.audit.AuditTrail.details;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.rogatory.access.User;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.casework.Casework;
import org.rogatory.casework.CaseworkRefusal;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.FeaturePolicy;
import org.rogatory.casework.domain.PolicyCheck;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.casework.domain.Reason;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Verdict;
import org.rogatory.execution.ExecutionViews.ExecutionView;
import org.rogatory.execution.ExecutionViews.IncidentView;
import org.rogatory.execution.ExecutionViews.NeededNoticeView;
import org.rogatory.execution.ExecutionViews.NoticeView;
import org.rogatory.execution.ExecutionViews.PlanView;
import org.rogatory.execution.ExecutionViews.ReportView;
import org.rogatory.execution.domain.BarDirectory;
import org.rogatory.execution.domain.BarNotice;
import org.rogatory.execution.domain.ExecutionPlan;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.Incident;
import org.rogatory.execution.domain.IncidentRule;
import org.rogatory.execution.domain.NeededNotices;
import org.rogatory.execution.domain.PlanContext;
import org.rogatory.execution.domain.PlanDraft;
import org.rogatory.execution.domain.PlanPolicies;
import org.rogatory.execution.domain.ReportContext;
import org.rogatory.web.ProblemException;
import org.rogatory.web.ProblemKind;
import org.rogatory.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The execution's public API (DESIGN.md §5): the police draft a plan within the judge's
 * authorisation, have the bar presidents told, confirm the plan once every obligation is met and
 * file the report, which opens the incidents the judge must rule on. Each act is one transaction
 * that checks need-to-know, asks the plan's policies and the chain, writes and audits; a refusal
 * is audited and nothing else is written.
 */
@Service
@Transactional(noRollbackFor = ProblemException.class)
public class Execution {

    private static final Logger log = LoggerFactory.getLogger(Execution.class);

    /** A notice claimed longer ago than this belongs to a request that died while sending it. */
    static final Duration CLAIM_EXPIRES = Duration.ofMinutes(2);

    private final Casework casework;
    private final ExecutionRecords records;
    private final BarDirectory bars;
    private final BarNoticeMail mail;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Execution(Casework casework, ExecutionRecords records, BarDirectory bars, BarNoticeMail mail, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.casework = casework;
        this.records = records;
        this.bars = bars;
        this.mail = mail;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The execution of the case as it stands, for anyone who needs to know the case. */
    public ExecutionView view(String id, User user) {
        CaseFile file = casework.caseFor(id, user);
        audit.record(Actor.of(user), "execution.read", id, null, details());
        return view(file);
    }

    /**
     * A new draft of the plan (POLICE, in EXECUTION_PLANNING). It supersedes the one before, and is
     * recorded only within the judge's authorisation: named observers only, authorised measures only.
     */
    public PlanView draftPlan(String id, PlanDraft draft, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        casework.requireState(file, police, "execution-plan.refused", CaseState.EXECUTION_PLANNING);
        List<ProposalDefect> defects = draft.defects(LocalDateTime.now(clock), bars,
                PlanDraft.placesNeeded(casework.request(file), file.authorisation()));
        if (!defects.isEmpty()) {
            audit.record(Actor.of(police), "execution-plan.refused", id, null,
                    details("defects", defects.stream().map(ProposalDefect::pointer).toList()));
            throw CaseworkRefusal.invalid(defects);
        }
        ExecutionPlan plan = draft.plan(UUID.randomUUID().toString(), records.plans(id) + 1, police.username(), now());
        PlanContext context = context(file, plan);
        Verdict verdict = PlanPolicies.check(PlanPolicies.whenDrafted(), context);
        if (verdict instanceof Verdict.Blocked blocked) {
            throw casework.refusal(file, police, "execution-plan.refused",
                    "The plan goes beyond the judge's authorisation.", blocked.reasons());
        }
        records.insertPlan(id, plan);
        casework.involve(id, police, "PLANNED");
        audit.record(Actor.of(police), "execution-plan.drafted", id, "plan/" + plan.id(), details(
                "number", plan.number(), "scheduledFor", plan.scheduledFor().toString(),
                "places", plan.places().stream().map(p -> p.premises() + " " + p.city()).toList(),
                "officers", plan.officers().size(),
                "foreignOfficials", plan.foreignOfficials().stream().map(ExecutionPlan.ForeignObserver::name).toList()));
        return PlanView.of(plan);
    }

    /**
     * Confirms the plan (POLICE): refused while an OBLIGATION is unmet (the bar president's notice
     * delivered, the observers named by the judge, the judge's authorisation), naming each one. When
     * {@code shown} is given, only that plan: a colleague's redraft in the meantime is not confirmed unread.
     */
    public ExecutionView confirmPlan(String id, Integer shown, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        casework.requireState(file, police, "execution-plan.confirmation.refused", CaseState.EXECUTION_PLANNING);
        ExecutionPlan plan = planOf(file, police, "execution-plan.confirmation.refused");
        if (shown != null && shown != plan.number()) {
            throw casework.refusal(file, police, "execution-plan.confirmation.refused",
                    "Plan " + plan.number() + " has been drafted since plan " + shown + ".",
                    List.of(Reason.about("plan-redrafted", "plan/" + plan.id(), "Plan " + plan.number()
                            + " replaces the plan you read: read it before you confirm.")));
        }
        if (!plan.confirmed()) {
            Verdict verdict = PlanPolicies.check(PlanPolicies.whenConfirmed(), context(file, plan));
            if (verdict instanceof Verdict.Blocked blocked) {
                throw casework.refusal(file, police, "execution-plan.confirmation.refused",
                        "The plan cannot be confirmed while an obligation is unmet.", blocked.reasons());
            }
            ExecutionPlan confirmed = plan.confirmedBy(police.username(), now());
            if (!records.confirm(confirmed)) {
                throw new org.springframework.dao.OptimisticLockingFailureException("plan confirmed meanwhile");
            }
            casework.involve(id, police, "PLANNED");
            audit.record(Actor.of(police), "execution-plan.confirmed", id, "plan/" + plan.id(),
                    details("number", plan.number()));
        }
        return view(casework.caseFor(id, police));
    }

    /**
     * Sends the notices the plan needs to bar presidents (POLICE), and again those that failed. A
     * notice delivered is never sent twice (one key per case, plan and bar), nor sent by two requests
     * at once. Mail goes out between two transactions: the claim is committed before the mail server
     * is asked, the delivery or the failure after, so that a failure is visible and a retry safe.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<NoticeView> sendNotices(String id, User police) {
        List<BarNoticeMail.Notice> claimed = inTransaction(() -> claimNotices(id, police));
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        for (BarNoticeMail.Notice notice : claimed) {
            try {
                mail.send(notice);
            } catch (RuntimeException e) {
                log.warn("notice {} not delivered: {}", notice.key(), e.getMessage());
                failures.put(notice.key(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return inTransaction(() -> {
            Instant now = now();
            for (BarNoticeMail.Notice sent : claimed) {
                BarNotice notice = records.notices(id).stream().filter(n -> n.key().equals(sent.key())).findFirst()
                        .orElseThrow();
                String error = failures.get(sent.key());
                if (error == null) {
                    records.delivered(notice.id(), now);
                    audit.record(Actor.of(police), "bar-notice.delivered", id, "bar-notice/" + notice.id(),
                            details("bar", notice.barId(), "attempt", notice.attempts(), "to", sent.bar().email()));
                } else {
                    records.failed(notice.id(), error);
                    audit.record(Actor.of(police), "bar-notice.failed", id, "bar-notice/" + notice.id(),
                            details("bar", notice.barId(), "attempt", notice.attempts(), "error", error));
                }
            }
            return records.notices(id).stream().map(NoticeView::of).toList();
        });
    }

    private List<BarNoticeMail.Notice> claimNotices(String id, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        casework.requireState(file, police, "bar-notice.refused", CaseState.EXECUTION_PLANNING);
        ExecutionPlan plan = planOf(file, police, "bar-notice.refused");
        NeededNotices needed = NeededNotices.of(context(file, plan));
        if (needed.notices().isEmpty()) {
            List<Reason> reasons = new ArrayList<>(needed.problems());
            if (reasons.isEmpty()) {
                reasons.add(Reason.of("no-notice-needed", "The plan concerns no lawyer's premises: no bar president "
                        + "needs to be told."));
            }
            throw casework.refusal(file, police, "bar-notice.refused", "There is no notice to send.", reasons);
        }
        Instant now = now();
        List<BarNoticeMail.Notice> claimed = new ArrayList<>();
        List<String> alreadyDelivered = new ArrayList<>();
        for (NeededNotices.Needed need : needed.notices()) {
            BarNotice notice = records.prepareNotice(id, UUID.randomUUID().toString(), plan.id(), need.bar().id(),
                    need.bar().language());
            if (notice.delivered()) {
                alreadyDelivered.add(need.bar().id());
            } else if (records.claim(notice.id(), now, now.minus(CLAIM_EXPIRES))) {
                claimed.add(new BarNoticeMail.Notice(need.bar(), notice.key(), id, plan.scheduledFor(),
                        need.places().stream().map(plan.places()::get).toList()));
            }
        }
        casework.involve(id, police, "PLANNED");
        audit.record(Actor.of(police), "bar-notice.sending", id, "plan/" + plan.id(), details(
                "sending", claimed.stream().map(n -> n.bar().id()).toList(), "alreadyDelivered", alreadyDelivered));
        return claimed;
    }

    /** The bar's answer to a delivered notice, as the clerk read it in the mail received (CLERK). */
    public NoticeView recordAnswer(String id, String noticeId, BarNotice.BarAnswer answer, String note, User clerk) {
        CaseFile file = casework.caseForUpdate(id, clerk);
        if (answer == null) {
            throw CaseworkRefusal.invalid(List.of(new ProposalDefect("/answer", "is required: ATTENDS, DELEGATE or DECLINES")));
        }
        BarNotice notice = records.notice(id, noticeId).orElseThrow(() -> notFound("notice"));
        if (!notice.delivered()) {
            throw casework.refusal(file, clerk, "bar-notice.answer.refused", "The notice was not delivered.",
                    List.of(Reason.about("notice-not-delivered", noticeId, "A bar answers a notice it received: "
                            + "this one is " + notice.status() + ".")));
        }
        BarNotice.Answer recorded = new BarNotice.Answer(answer, note, clerk.username(), now());
        records.answer(noticeId, recorded);
        audit.record(Actor.of(clerk), "bar-notice.answer-recorded", id, "bar-notice/" + noticeId,
                details("bar", notice.barId(), "answer", answer.name()));
        return NoticeView.of(records.notice(id, noticeId).orElseThrow());
    }

    /**
     * Files the execution report (POLICE): only on the confirmed plan, once, moving the request to
     * EXECUTED. Someone present who was not authorised, or a foreign official who did more than
     * observe, opens an incident; the results become items for the review.
     */
    public ReportView fileReport(String id, ExecutionReport report, User police) {
        CaseFile file = casework.caseForUpdate(id, police);
        casework.requireState(file, police, "execution-report.refused", CaseState.EXECUTION_PLANNING);
        List<ProposalDefect> defects = report.defects(now(), clock.getZone());
        if (!defects.isEmpty()) {
            audit.record(Actor.of(police), "execution-report.refused", id, null,
                    details("defects", defects.stream().map(ProposalDefect::pointer).toList()));
            throw CaseworkRefusal.invalid(defects);
        }
        Optional<ExecutionPlan> plan = records.currentPlan(id);
        if (plan.isPresent() && plan.get().confirmed()) {
            // to the minute, as the report gives it: nothing is executed before its plan was confirmed, that
            // is before the judge's authorisation and the bar president's notice
            LocalDateTime confirmed = LocalDateTime.ofInstant(plan.get().confirmation().at(), clock.getZone())
                    .truncatedTo(ChronoUnit.MINUTES);
            if (report.executedAt().isBefore(confirmed)) {
                audit.record(Actor.of(police), "execution-report.refused", id, null,
                        details("defects", List.of("/executedAt")));
                throw CaseworkRefusal.invalid(List.of(new ProposalDefect("/executedAt",
                        "is before the plan was confirmed (" + confirmed + "): report an execution on the confirmed plan")));
            }
        }
        Verdict ready = plan.map(p -> PlanPolicies.readyToReport(context(file, p))).orElse(PlanPolicies.NO_PLAN);
        casework.advance(id, Step.EXECUTION_REPORTED, police,
                List.of(new PolicyCheck(FeaturePolicy.EXECUTION_PLAN_CONFIRMED, ready)));
        Instant now = now();
        if (!records.insertReport(id, plan.orElseThrow().id(), report, police.username(), now)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("report filed meanwhile");
        }
        audit.record(Actor.of(police), "execution-report.filed", id, "report", details(
                "plan", plan.get().id(), "present", report.present().size(), "seized", report.seized().size(),
                "hearings", report.hearings().size()));
        List<Incident.Opened> opened = IncidentRule.openedBy(ReportContext.of(report, plan.get(),
                casework.request(file), file, records.notices(id)));
        for (int i = 0; i < opened.size(); i++) {
            Incident.Opened o = opened.get(i);
            Incident incident = new Incident(UUID.randomUUID().toString(), o.kind(), o.subject(), o.detail(), now, null);
            records.insertIncident(id, i + 1, incident);
            audit.record(Actor.system(), "incident.opened", id, "incident/" + incident.id(),
                    details("kind", o.kind().name(), "subject", o.subject(), "detail", o.detail()));
        }
        events.publishEvent(new ExecutionReported(id, report.seized(), report.hearings(), police));
        return ReportView.of(plan.get().id(), report, police.username(), now);
    }

    /** The judge's ruling on an incident, with reasons (INVESTIGATING_JUDGE): it no longer holds back the transmission. */
    public IncidentView ruleOnIncident(String id, String incidentId, String reasons, User judge) {
        CaseFile file = casework.caseForUpdate(id, judge);
        if (reasons == null || reasons.isBlank()) {
            throw CaseworkRefusal.invalid(List.of(new ProposalDefect("/reasons", "a ruling gives its reasons")));
        }
        Incident incident = records.incidents(id).stream().filter(i -> i.id().equals(incidentId)).findFirst()
                .orElseThrow(() -> notFound("incident"));
        if (!incident.open()) {
            throw casework.refusal(file, judge, "incident.ruling.refused", "The incident was ruled on already.",
                    List.of(Reason.about("incident-ruled", incidentId, "The judge ruled on this incident on "
                            + incident.ruling().at() + ": a ruling is not taken twice.")));
        }
        Incident.Ruling ruling = new Incident.Ruling(judge.username(), now(), reasons);
        if (!records.rule(incidentId, ruling)) {
            throw new org.springframework.dao.OptimisticLockingFailureException("incident ruled on meanwhile");
        }
        casework.involve(id, judge, "RULED");
        audit.record(Actor.of(judge), "incident.ruled", id, "incident/" + incidentId, details("kind",
                incident.kind().name()));
        return IncidentView.of(new Incident(incident.id(), incident.kind(), incident.subject(), incident.detail(),
                incident.openedAt(), ruling));
    }

    /** The incidents of the case's execution, for the transmission's policy; the caller checked need-to-know. */
    public List<Incident> incidentsOf(CaseFile file) {
        return records.incidents(file.id());
    }

    private ExecutionView view(CaseFile file) {
        Optional<ExecutionPlan> plan = records.currentPlan(file.id());
        List<BarNotice> notices = records.notices(file.id());
        List<ReasonView> blockers = List.of();
        List<NeededNoticeView> needed = List.of();
        if (plan.isPresent()) {
            PlanContext context = context(file, plan.get(), notices);
            Verdict verdict = file.state() == CaseState.EXECUTION_PLANNING
                    ? PlanPolicies.readyToReport(context) : Verdict.ALLOWED;
            if (verdict instanceof Verdict.Blocked blocked) {
                blockers = blocked.reasons().stream().map(r -> ReasonView.of(r, file)).toList();
            }
            needed = NeededNotices.of(context).notices().stream()
                    .map(n -> new NeededNoticeView(n.bar().id(), n.bar().name(), n.bar().language(), n.places()))
                    .toList();
        }
        return new ExecutionView(plan.map(PlanView::of).orElse(null), blockers, needed,
                notices.stream().map(NoticeView::of).toList(),
                records.report(file.id()).map(r -> ReportView.of(r.planId(), r.report(), r.filedBy(), r.filedAt()))
                        .orElse(null),
                records.incidents(file.id()).stream().map(IncidentView::of).toList());
    }

    private PlanContext context(CaseFile file, ExecutionPlan plan) {
        return context(file, plan, records.notices(file.id()));
    }

    private PlanContext context(CaseFile file, ExecutionPlan plan, List<BarNotice> notices) {
        return new PlanContext(file, casework.request(file), plan, notices, bars);
    }

    private ExecutionPlan planOf(CaseFile file, User user, String action) {
        return records.currentPlan(file.id()).orElseThrow(() -> casework.refusal(file, user, action, "There is no plan yet.",
                List.of(Reason.of("no-plan", "The police have not drafted an execution plan."))));
    }



    private static ProblemException notFound(String what) {
        return Problems.exception(Problems.of(ProblemKind.NOT_FOUND, "There is no " + what + " with this id on this request."));
    }

    /**
     * Runs one step in a transaction of its own. A refusal commits what it wrote (its audit event)
     * and is thrown once the transaction is over, as the annotated methods do.
     */
    private <T> T inTransaction(Supplier<T> step) {
        Object result = tx.execute(status -> {
            try {
                return step.get();
            } catch (ProblemException refusal) {
                return refusal;
            }
        });
        if (result instanceof ProblemException refusal) {
            throw refusal;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
