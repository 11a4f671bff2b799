package org.rogatory.execution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rogatory.access.Language;
import org.rogatory.execution.domain.BarNotice;
import org.rogatory.execution.domain.ExecutionPlan;
import org.rogatory.execution.domain.ExecutionPlan.ForeignObserver;
import org.rogatory.execution.domain.ExecutionPlan.Officer;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.execution.domain.ExecutionReport;
import org.rogatory.execution.domain.Incident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The execution tables: plans, bar notices, reports, incidents. */
@Repository
class ExecutionRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExecutionRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertPlan(String caseId, ExecutionPlan plan) {
        jdbc.sql("""
                insert into execution_plans (id, case_id, plan_no, scheduled_for, places, officers, foreign_officials,
                                             drafted_by, drafted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plan.id(), caseId, plan.number(), plan.scheduledFor(), json.writeValueAsString(plan.places()),
                        json.writeValueAsString(plan.officers()), json.writeValueAsString(plan.foreignOfficials()),
                        plan.draftedBy(), utc(plan.draftedAt()))
                .update();
    }

    boolean confirm(ExecutionPlan plan) {
        return jdbc.sql("update execution_plans set confirmed_by = ?, confirmed_at = ? where id = ? and confirmed_by is null")
                .params(plan.confirmation().by(), utc(plan.confirmation().at()), plan.id())
                .update() == 1;
    }

    /** The case's plan: its latest draft. */
    Optional<ExecutionPlan> currentPlan(String caseId) {
        return jdbc.sql("select * from execution_plans where case_id = ? order by plan_no desc limit 1")
                .param(caseId)
                .query(this::planRow)
                .optional();
    }

    Optional<ExecutionPlan> plan(String planId) {
        return jdbc.sql("select * from execution_plans where id = ?").param(planId).query(this::planRow).optional();
    }

    int plans(String caseId) {
        return jdbc.sql("select count(*) from execution_plans where case_id = ?").param(caseId).query(Integer.class)
                .single();
    }

    /** Prepares a notice unless one with its key exists; returns the notice with that key. */
    BarNotice prepareNotice(String caseId, String id, String planId, String barId, Language language) {
        String key = BarNotice.key(caseId, planId, barId);
        jdbc.sql("""
                insert into bar_notices (id, case_id, plan_id, bar_id, notice_key, language, status, attempts)
                values (?, ?, ?, ?, ?, ?, 'PENDING', 0)
                on conflict do nothing""")
                .params(id, caseId, planId, barId, key, language.name())
                .update();
        return noticeByKey(key).orElseThrow();
    }

    /**
     * Takes the notice for sending, unless it is delivered or another request took it less than
     * {@code staleBefore} ago (a claim older than that belongs to a request that died).
     */
    boolean claim(String noticeId, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                update bar_notices set status = 'SENDING', claimed_at = ?, attempts = attempts + 1
                where id = ? and (status in ('PENDING', 'FAILED') or status = 'SENDING' and claimed_at < ?)""")
                .params(utc(now), noticeId, utc(staleBefore))
                .update() == 1;
    }

    void delivered(String noticeId, Instant at) {
        jdbc.sql("update bar_notices set status = 'DELIVERED', delivered_at = ?, last_error = null where id = ?")
                .params(utc(at), noticeId)
                .update();
    }

    void failed(String noticeId, String error) {
        jdbc.sql("update bar_notices set status = 'FAILED', last_error = ? where id = ?").params(error, noticeId)
                .update();
    }

    boolean answer(String noticeId, BarNotice.Answer answer) {
        return jdbc.sql("""
                update bar_notices set answer = ?, answer_note = ?, answered_by = ?, answered_at = ?
                where id = ?""")
                .params(answer.answer().name(), answer.note(), answer.recordedBy(), utc(answer.recordedAt()), noticeId)
                .update() == 1;
    }

    List<BarNotice> notices(String caseId) {
        return jdbc.sql("select * from bar_notices where case_id = ? order by plan_id, bar_id").param(caseId)
                .query(this::noticeRow).list();
    }

    Optional<BarNotice> notice(String caseId, String noticeId) {
        return jdbc.sql("select * from bar_notices where case_id = ? and id = ?").params(caseId, noticeId)
                .query(this::noticeRow).optional();
    }

    private Optional<BarNotice> noticeByKey(String key) {
        return jdbc.sql("select * from bar_notices where notice_key = ?").param(key).query(this::noticeRow).optional();
    }

    /** Files the report; false if the case has one already. */
    boolean insertReport(String caseId, String planId, ExecutionReport report, String filedBy, Instant at) {
        return jdbc.sql("""
                insert into execution_reports (case_id, plan_id, executed_at, present, seized, hearings, incidents,
                                               filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(caseId, planId, report.executedAt(), json.writeValueAsString(report.present()),
                        json.writeValueAsString(report.seized()), json.writeValueAsString(report.hearings()),
                        json.writeValueAsString(report.incidents()), filedBy, utc(at))
                .update() == 1;
    }

    Optional<FiledReport> report(String caseId) {
        return jdbc.sql("select * from execution_reports where case_id = ?").param(caseId)
                .query((rs, n) -> new FiledReport(rs.getString("plan_id"), new ExecutionReport(
                        rs.getObject("executed_at", LocalDateTime.class),
                        json.readValue(rs.getString("present"), new TypeReference<List<ExecutionReport.PresentPerson>>() {
                        }),
                        json.readValue(rs.getString("seized"), new TypeReference<List<ExecutionReport.SeizedItem>>() {
                        }),
                        json.readValue(rs.getString("hearings"), new TypeReference<List<ExecutionReport.Hearing>>() {
                        }),
                        json.readValue(rs.getString("incidents"), new TypeReference<List<String>>() {
                        })), rs.getString("filed_by"), instant(rs, "filed_at")))
                .optional();
    }

    void insertIncident(String caseId, int number, Incident incident) {
        jdbc.sql("""
                insert into execution_incidents (id, case_id, incident_no, kind, subject, detail, opened_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(incident.id(), caseId, number, incident.kind().name(), incident.subject(), incident.detail(),
                        utc(incident.openedAt()))
                .update();
    }

    /** Records the judge's ruling; false if the incident was ruled on already. */
    boolean rule(String incidentId, Incident.Ruling ruling) {
        return jdbc.sql("""
                update execution_incidents set ruled_by = ?, ruled_at = ?, ruling_reasons = ?
                where id = ? and ruled_by is null""")
                .params(ruling.judge(), utc(ruling.at()), ruling.reasons(), incidentId)
                .update() == 1;
    }

    List<Incident> incidents(String caseId) {
        return jdbc.sql("select * from execution_incidents where case_id = ? order by incident_no").param(caseId)
                .query((rs, n) -> new Incident(rs.getString("id"), Incident.Kind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("detail"), instant(rs, "opened_at"),
                        rs.getString("ruled_by") == null ? null : new Incident.Ruling(rs.getString("ruled_by"),
                                instant(rs, "ruled_at"), rs.getString("ruling_reasons"))))
                .list();
    }

    private ExecutionPlan planRow(ResultSet rs, int n) throws SQLException {
        String confirmedBy = rs.getString("confirmed_by");
        return new ExecutionPlan(rs.getString("id"), rs.getInt("plan_no"),
                rs.getObject("scheduled_for", LocalDateTime.class),
                json.readValue(rs.getString("places"), new TypeReference<List<Place>>() {
                }),
                json.readValue(rs.getString("officers"), new TypeReference<List<Officer>>() {
                }),
                json.readValue(rs.getString("foreign_officials"), new TypeReference<List<ForeignObserver>>() {
                }),
                rs.getString("drafted_by"), instant(rs, "drafted_at"),
                confirmedBy == null ? null : new ExecutionPlan.Confirmation(confirmedBy, instant(rs, "confirmed_at")));
    }

    private BarNotice noticeRow(ResultSet rs, int n) throws SQLException {
        String answer = rs.getString("answer");
        return new BarNotice(rs.getString("id"), rs.getString("plan_id"), rs.getString("bar_id"),
                rs.getString("notice_key"), Language.valueOf(rs.getString("language")),
                BarNotice.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getObject("delivered_at") == null ? null : instant(rs, "delivered_at"),
                answer == null ? null : new BarNotice.Answer(BarNotice.BarAnswer.valueOf(answer),
                        rs.getString("answer_note"), rs.getString("answered_by"), instant(rs, "answered_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The report as filed: on which plan, by whom, when. */
    record FiledReport(String planId, ExecutionReport report, String filedBy, Instant filedAt) {
    }
}
