package org.rogatory.execution;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.rogatory.access.Language;
import org.rogatory.casework.Views.ReasonView;
import org.rogatory.execution.domain.BarNotice;
import org.rogatory.execution.domain.ExecutionPlan;
import org.rogatory.execution.domain.ExecutionPlan.ForeignObserver;
import org.rogatory.execution.domain.ExecutionPlan.Officer;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.Incident;

/** What the execution resources answer with. */
public final class ExecutionViews {

    private ExecutionViews() {
    }

    /**
     * {@code GET /requests/{id}/execution}: the plan, what still holds back its confirmation (or the
     * report), the notices to bar presidents with their delivery and the bar's answer, the report and
     * its incidents.
     *
     * @param blockers      every unmet obligation or other reason the plan cannot be confirmed (or the
     *                      report filed) now; empty when nothing holds it back
     * @param neededNotices the bars whose president the plan must tell
     */
    public record ExecutionView(
            PlanView plan,
            List<ReasonView> blockers,
            List<NeededNoticeView> neededNotices,
            List<NoticeView> notices,
            ReportView report,
            List<IncidentView> incidents) {
    }

    public record PlanView(
            String id,
            int number,
            String status,
            LocalDateTime scheduledFor,
            List<Place> places,
            List<Officer> officers,
            List<ForeignObserver> foreignOfficials,
            String draftedBy,
            Instant draftedAt,
            String confirmedBy,
            Instant confirmedAt) {

        static PlanView of(ExecutionPlan plan) {
            return new PlanView(plan.id(), plan.number(), plan.confirmed() ? "CONFIRMED" : "DRAFT", plan.scheduledFor(),
                    plan.places(), plan.officers(), plan.foreignOfficials(), plan.draftedBy(), plan.draftedAt(),
                    plan.confirmed() ? plan.confirmation().by() : null,
                    plan.confirmed() ? plan.confirmation().at() : null);
        }
    }

    public record NeededNoticeView(String barId, String bar, Language language, List<Integer> places) {
    }

    /** A notice to a bar president: delivered or not (and why not), and what the bar answered. */
    public record NoticeView(
            String id,
            String planId,
            String barId,
            Language language,
            BarNotice.Status status,
            int attempts,
            String lastError,
            Instant deliveredAt,
            BarAnswerView answer) {

        static NoticeView of(BarNotice notice) {
            BarNotice.Answer answer = notice.answer();
            return new NoticeView(notice.id(), notice.planId(), notice.barId(), notice.language(), notice.status(),
                    notice.attempts(), notice.lastError(), notice.deliveredAt(), answer == null ? null
                            : new BarAnswerView(answer.answer(), answer.note(), answer.recordedBy(), answer.recordedAt()));
        }
    }

    /** The bar's answer to a notice, as the clerk recorded it. */
    public record BarAnswerView(BarNotice.BarAnswer answer, String note, String recordedBy, Instant recordedAt) {
    }

    /**
     * The report as filed, except the records of the hearings: those are result items, read only by
     * those who work on them, so the report names each hearing and leaves its record out.
     */
    public record ReportView(String planId, LocalDateTime executedAt, List<ExecutionReport.PresentPerson> present,
            List<ExecutionReport.SeizedItem> seized, List<HearingHeld> hearings, List<String> incidents,
            String filedBy, Instant filedAt) {

        static ReportView of(String planId, ExecutionReport report, String filedBy, Instant filedAt) {
            return new ReportView(planId, report.executedAt(), report.present(), report.seized(),
                    report.hearings().stream().map(h -> new HearingHeld(h.person(), h.heldOn())).toList(),
                    report.incidents(), filedBy, filedAt);
        }
    }

    public record HearingHeld(String person, java.time.LocalDate heldOn) {
    }

    public record IncidentView(String id, Incident.Kind kind, String subject, String detail, Instant openedAt,
            boolean open, IncidentRulingView ruling) {

        static IncidentView of(Incident incident) {
            Incident.Ruling ruling = incident.ruling();
            return new IncidentView(incident.id(), incident.kind(), incident.subject(), incident.detail(),
                    incident.openedAt(), incident.open(),
                    ruling == null ? null : new IncidentRulingView(ruling.judge(), ruling.at(), ruling.reasons()));
        }
    }

    /** The judge's ruling on an incident. */
    public record IncidentRulingView(String judge, Instant at, String reasons) {
    }
}
