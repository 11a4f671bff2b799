package org.rogatory.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rogatory.access.Role;
import org.rogatory.casework.domain.Approval;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.CaseFile;
import org.rogatory.casework.domain.CaseFinding;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Decision;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.FindingDisposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Transition;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.screening.domain.Evidence;
import org.rogatory.screening.domain.Finding;
import org.rogatory.screening.domain.FindingCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The casework tables: cases, request versions, findings, decisions, approvals, assignments. */
@Repository
class CaseFiles {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    CaseFiles(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Inserts a new case unless one exists for the same requesting state and foreign reference. */
    boolean insert(String id, CooperationRequest request, CaseState state, String registeredBy, Instant at) {
        return jdbc.sql("""
                insert into cases (id, requesting_state, foreign_reference, state, version, received_on, deadline, urgent,
                                   coercive, screenings, awaiting_approval, registered_by, registered_at)
                values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, null, ?, ?)
                on conflict do nothing""")
                .params(id, request.requestingState(), request.foreignReference(), state.name(), request.receivedOn(),
                        request.deadline(), request.urgent(), request.requestsCoerciveMeasure(), registeredBy, utc(at))
                .update() == 1;
    }

    Optional<String> idOf(String requestingState, String foreignReference) {
        return jdbc.sql("select id from cases where requesting_state = ? and foreign_reference = ?")
                .params(requestingState, foreignReference)
                .query(String.class)
                .optional();
    }

    /**
     * Moves the case on, if nobody changed it since it was read at {@code expectedVersion}; the
     * update also locks the row, so a concurrent change waits and then finds the version gone.
     */
    boolean update(CaseFile file, CaseState state, String awaitingApproval, int screenings) {
        return jdbc.sql("""
                update cases set state = ?, version = version + 1, awaiting_approval = ?, screenings = ?
                where id = ? and version = ?""")
                .params(state.name(), awaitingApproval, screenings, file.id(), file.version())
                .update() == 1;
    }

    /** Holds the case's row until the transaction ends. */
    void lock(String id) {
        jdbc.sql("select id from cases where id = ? for update").param(id).query(String.class).single();
    }

    /** Copies what the queue needs from an amended request. */
    void updateSummary(String id, CooperationRequest request) {
        jdbc.sql("update cases set received_on = ?, deadline = ?, urgent = ?, coercive = ? where id = ?")
                .params(request.receivedOn(), request.deadline(), request.urgent(), request.requestsCoerciveMeasure(),
                        id)
                .update();
    }

    void addRequestVersion(String id, int version, String document, String recordedBy, Instant at) {
        jdbc.sql("insert into case_request_versions (case_id, version, document, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(id, version, document, recordedBy, utc(at))
                .update();
    }

    /** The latest version of the request: its number and its JSON. */
    RequestVersion currentRequest(String id) {
        return jdbc.sql("select version, document from case_request_versions where case_id = ? "
                        + "order by version desc limit 1")
                .param(id)
                .query((rs, n) -> new RequestVersion(rs.getInt("version"), rs.getString("document")))
                .single();
    }

    /** Appends a move to the case's history; the case row is already held by the update that moved it. */
    void recordMove(String caseId, Transition transition, Instant at) {
        jdbc.sql("""
                insert into case_moves (case_id, move_no, from_state, act, to_state, moved_at)
                select ?, coalesce(max(move_no), 0) + 1, ?, ?, ?, ? from case_moves where case_id = ?""")
                .params(caseId, transition.from().name(), transition.act().name(), transition.to().name(), utc(at),
                        caseId)
                .update();
    }

    void insertFindings(String caseId, List<CaseFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into case_findings (case_id, finding_id, code, severity, person_ref, subject, evidence, grounds,
                                           raised_in_screening, stale)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", findings, findings.size(), (statement, finding) -> {
            Finding f = finding.finding();
            statement.setString(1, caseId);
            statement.setString(2, f.id());
            statement.setString(3, f.code().name());
            statement.setString(4, f.severity().name());
            statement.setString(5, f.personRef());
            statement.setString(6, f.subject());
            statement.setString(7, json.writeValueAsString(f.evidence()));
            statement.setString(8, json.writeValueAsString(f.grounds()));
            statement.setInt(9, finding.raisedInScreening());
            statement.setBoolean(10, finding.stale());
        });
    }

    /** Refreshes the evidence and the stale flag of findings the case already has. */
    void updateFindings(String caseId, List<CaseFinding> findings) {
        for (CaseFinding finding : findings) {
            jdbc.sql("update case_findings set evidence = ?, grounds = ?, stale = ? where case_id = ? and finding_id = ?")
                    .params(json.writeValueAsString(finding.finding().evidence()),
                            json.writeValueAsString(finding.finding().grounds()), finding.stale(), caseId,
                            finding.id())
                    .update();
        }
    }

    void insertDecision(String caseId, int number, Decision decision) {
        jdbc.sql("""
                insert into decisions (id, case_id, decision_no, author, author_role, decided_at, from_state, outcome,
                                       to_state, grounds, reasons, needs_approval, authorisation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(decision.id(), caseId, number, decision.author(), decision.authorRole().name(),
                        utc(decision.decidedAt()), decision.fromState().name(), decision.outcome().name(),
                        decision.toState().name(), json.writeValueAsString(decision.grounds()), decision.reasons(),
                        decision.needsApproval(),
                        decision.authorisation() == null ? null : json.writeValueAsString(decision.authorisation()))
                .update();
        for (FindingDisposition answer : decision.dispositions()) {
            jdbc.sql("insert into decision_dispositions (decision_id, finding_id, disposition, reasons) values (?, ?, ?, ?)")
                    .params(decision.id(), answer.findingId(), answer.disposition().name(), answer.reasons())
                    .update();
        }
    }

    void insertApproval(String decisionId, Approval approval) {
        jdbc.sql("insert into decision_approvals (decision_id, approver, approved_at) values (?, ?, ?)")
                .params(decisionId, approval.approver(), utc(approval.approvedAt()))
                .update();
    }

    void assign(String caseId, String username, String because, Instant at) {
        jdbc.sql("insert into case_assignments (case_id, username, since, because) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(caseId, username, utc(at), because)
                .update();
    }

    /** An open case and one of the given users it is assigned to. */
    record HeldCase(String caseId, String requestingState, String foreignReference, CaseState state,
            String username) {
    }

    /** The open cases assigned to any of the users, oldest registered first, a row per case and user. */
    List<HeldCase> openCasesHeldBy(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        List<String> closed = Arrays.stream(CaseState.values()).filter(s -> !s.isOpen()).map(Enum::name).toList();
        return jdbc.sql("""
                        select c.id, c.requesting_state, c.foreign_reference, c.state, a.username
                        from cases c join case_assignments a on a.case_id = c.id
                        where a.username in (:users) and c.state not in (:closed)
                        order by c.registered_at, c.id, a.username""")
                .param("users", usernames)
                .param("closed", closed)
                .query((rs, n) -> new HeldCase(rs.getString("id"), rs.getString("requesting_state"),
                        rs.getString("foreign_reference"), CaseState.valueOf(rs.getString("state")),
                        rs.getString("username")))
                .list();
    }

    Set<String> assignees(String caseId) {
        return new LinkedHashSet<>(jdbc.sql("select username from case_assignments where case_id = ?")
                .param(caseId)
                .query(String.class)
                .list());
    }

    Optional<CaseFile> load(String id) {
        return jdbc.sql("select id, state, version, coercive, screenings from cases where id = ?")
                .param(id)
                .query((rs, n) -> new CaseFile(rs.getString("id"), CaseState.valueOf(rs.getString("state")),
                        rs.getLong("version"), rs.getBoolean("coercive"), rs.getInt("screenings"), findings(id),
                        decisions(id)))
                .optional();
    }

    /** The ids of the cases that are still open (not closed, refused or withdrawn). */
    List<String> openIds() {
        List<String> closed = Arrays.stream(CaseState.values()).filter(s -> !s.isOpen()).map(Enum::name)
                .toList();
        return jdbc.sql("select id from cases where state not in (:closed) order by registered_at, id")
                .param("closed", closed)
                .query(String.class)
                .list();
    }

    /**
     * Every case with its state, current request and the judge it was before (the last investigating
     * judge who decided on it), for screening other requests against.
     */
    List<CaseRecord> history() {
        return jdbc.sql("""
                select c.id, c.state, v.version, v.document,
                       (select d.author from decisions d where d.case_id = c.id and d.author_role = 'INVESTIGATING_JUDGE'
                        order by d.decision_no desc limit 1) as judge
                from cases c
                join case_request_versions v on v.case_id = c.id
                where v.version = (select max(w.version) from case_request_versions w where w.case_id = c.id)
                order by c.registered_at, c.id""")
                .query((rs, n) -> new CaseRecord(rs.getString("id"), CaseState.valueOf(rs.getString("state")),
                        rs.getInt("version"), rs.getString("document"), rs.getString("judge")))
                .list();
    }

    /** A case as screening sees it among the others: {@code version} is the request's. */
    record CaseRecord(String id, CaseState state, int version, String document, String judge) {
    }

    /**
     * The cases in these states, or (if {@code withApprovalsPending}) waiting for a supervisor, or (if
     * {@code judge} is given) past the decisions and decided on by this judge or no judge: those of them that
     * await a judge ({@link org.rogatory.casework.domain.CaseFile#awaitsAJudge}) are the judge's to act on.
     */
    List<QueueItem> queue(Set<CaseState> states, boolean withApprovalsPending, Optional<String> judge,
            Optional<CaseState> only, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!states.isEmpty()) {
            conditions.add("state in (:states)");
            params.put("states", states.stream().map(Enum::name).toList());
        }
        if (withApprovalsPending) {
            conditions.add("awaiting_approval is not null");
        }
        if (judge.isPresent()) {
            conditions.add("""
                    (state in ('EXECUTION_PLANNING', 'EXECUTED', 'RESULTS_REVIEW') and not exists (select 1
                        from decisions d where d.case_id = cases.id and d.author_role = 'INVESTIGATING_JUDGE'
                        and d.author <> :judge))""");
            params.put("judge", judge.get());
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        String where = "(" + String.join(" or ", conditions) + ")";
        if (only.isPresent()) {
            where += " and state = :only";
            params.put("only", only.get().name());
        }
        params.put("today", today);
        return jdbc.sql("""
                select id, state, foreign_reference, requesting_state, received_on, deadline, urgent, awaiting_approval,
                       case when deadline < :today then true else false end as overdue
                from cases
                where %s
                order by case when deadline < :today then 0 else 1 end, case when urgent then 0 else 1 end,
                         deadline nulls last, registered_at, id""".formatted(where))
                .params(params)
                .query((rs, n) -> new QueueItem(rs.getString("id"), CaseState.valueOf(rs.getString("state")),
                        rs.getString("foreign_reference"), rs.getString("requesting_state"),
                        rs.getObject("received_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                        rs.getBoolean("urgent"), rs.getBoolean("overdue"), rs.getString("awaiting_approval"), 0, 0, 0))
                .list();
    }

    private List<CaseFinding> findings(String caseId) {
        return jdbc.sql("""
                select finding_id, code, person_ref, subject, evidence, grounds, raised_in_screening, stale
                from case_findings where case_id = ? order by raised_in_screening, finding_id""")
                .param(caseId)
                .query((rs, n) -> new CaseFinding(new Finding(rs.getString("finding_id"),
                        FindingCode.valueOf(rs.getString("code")), rs.getString("person_ref"), rs.getString("subject"),
                        json.readValue(rs.getString("evidence"), Evidence.class),
                        json.readValue(rs.getString("grounds"), CODES)),
                        rs.getBoolean("stale"), rs.getInt("raised_in_screening")))
                .list();
    }

    private List<Decision> decisions(String caseId) {
        Map<String, List<FindingDisposition>> answers = new HashMap<>();
        jdbc.sql("""
                select d.id, a.finding_id, a.disposition, a.reasons
                from decision_dispositions a join decisions d on d.id = a.decision_id
                where d.case_id = ? order by a.finding_id""")
                .param(caseId)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString("id"), k -> new ArrayList<>()).add(new FindingDisposition(
                            rs.getString("finding_id"), Disposition.valueOf(rs.getString("disposition")),
                            rs.getString("reasons")));
                });
        return jdbc.sql("""
                select d.id, d.author, d.author_role, d.decided_at, d.from_state, d.outcome, d.to_state, d.grounds,
                       d.reasons, d.needs_approval, d.authorisation, a.approver, a.approved_at
                from decisions d left join decision_approvals a on a.decision_id = d.id
                where d.case_id = ? order by d.decision_no""")
                .param(caseId)
                .query((rs, n) -> decision(rs, answers.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    private Decision decision(ResultSet rs, List<FindingDisposition> answers) throws SQLException {
        String approver = rs.getString("approver");
        String authorisation = rs.getString("authorisation");
        return new Decision(rs.getString("id"), rs.getString("author"), Role.valueOf(rs.getString("author_role")),
                instant(rs, "decided_at"), CaseState.valueOf(rs.getString("from_state")),
                Outcome.valueOf(rs.getString("outcome")), CaseState.valueOf(rs.getString("to_state")),
                json.readValue(rs.getString("grounds"), CODES), rs.getString("reasons"), answers,
                rs.getBoolean("needs_approval"),
                approver == null ? null : new Approval(approver, instant(rs, "approved_at")),
                authorisation == null ? null : json.readValue(authorisation, Authorisation.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    record RequestVersion(int version, String document) {
    }
}
