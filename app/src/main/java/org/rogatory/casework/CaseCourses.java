package org.rogatory.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.casework.domain.Act;
import org.rogatory.casework.domain.CaseCourse;
import org.rogatory.casework.domain.CaseCourse.Answer;
import org.rogatory.casework.domain.CaseCourse.DecisionTaken;
import org.rogatory.casework.domain.CaseCourse.Moved;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.casework.domain.Step;
import org.rogatory.casework.domain.Transition;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The course of every request received in a year, without anything that identifies a request
 * ({@link CaseCourse}): for oversight's figures, which never see a case. Four queries whatever the
 * number of requests; the case ids join them here and go no further.
 */
@Component
public class CaseCourses {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CaseCourses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The requests received (by their {@code receivedOn}) in the year, in no particular order. */
    public List<CaseCourse> receivedIn(Year year) {
        Map<String, Object> period = Map.of("from", year.atDay(1), "until", year.plusYears(1).atDay(1));
        String cohort = "select id from cases where received_on >= :from and received_on < :until";

        Map<String, List<Moved>> moves = new HashMap<>();
        jdbc.sql("select case_id, from_state, act, to_state, moved_at from case_moves where case_id in (" + cohort
                        + ") order by case_id, move_no")
                .params(period)
                .query(rs -> {
                    moves.computeIfAbsent(rs.getString("case_id"), k -> new ArrayList<>()).add(new Moved(
                            new Transition(CaseState.valueOf(rs.getString("from_state")), act(rs.getString("act")),
                                    CaseState.valueOf(rs.getString("to_state"))),
                            rs.getObject("moved_at", OffsetDateTime.class).toInstant()));
                });

        Map<String, List<Answer>> answers = new HashMap<>();
        jdbc.sql("""
                        select a.decision_id, f.code, f.severity, a.disposition
                        from decision_dispositions a
                        join decisions d on d.id = a.decision_id
                        join case_findings f on f.case_id = d.case_id and f.finding_id = a.finding_id
                        where d.case_id in (%s)
                        order by a.decision_id, a.finding_id""".formatted(cohort))
                .params(period)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString("decision_id"), k -> new ArrayList<>()).add(new Answer(
                            FindingCode.valueOf(rs.getString("code")), Severity.valueOf(rs.getString("severity")),
                            Disposition.valueOf(rs.getString("disposition"))));
                });

        Map<String, CaseRow> cases = new LinkedHashMap<>();
        jdbc.sql("select id, requesting_state, received_on, state, awaiting_approval from cases where id in (" + cohort
                        + ") order by id")
                .params(period)
                .query(rs -> {
                    cases.put(rs.getString("id"), new CaseRow(rs.getString("requesting_state"),
                            rs.getObject("received_on", LocalDate.class), CaseState.valueOf(rs.getString("state")),
                            rs.getString("awaiting_approval"), new ArrayList<>()));
                });

        jdbc.sql("""
                        select d.id, d.case_id, d.from_state, d.outcome, d.grounds, d.needs_approval,
                               case when a.decision_id is null then false else true end as approved
                        from decisions d left join decision_approvals a on a.decision_id = d.id
                        where d.case_id in (%s)
                        order by d.case_id, d.decision_no""".formatted(cohort))
                .params(period)
                .query(rs -> {
                    String id = rs.getString("id");
                    CaseRow row = cases.get(rs.getString("case_id"));
                    DecisionStatus status = !rs.getBoolean("needs_approval") || rs.getBoolean("approved")
                            ? DecisionStatus.EFFECTIVE
                            : id.equals(row.awaitingApproval()) ? DecisionStatus.AWAITING_APPROVAL
                            : DecisionStatus.LAPSED;
                    row.decisions().add(new DecisionTaken(CaseState.valueOf(rs.getString("from_state")),
                            Outcome.valueOf(rs.getString("outcome")), json.readValue(rs.getString("grounds"), CODES),
                            status, answers.getOrDefault(id, List.of())));
                });

        return cases.entrySet().stream()
                .map(c -> new CaseCourse(c.getValue().requestingState(), c.getValue().receivedOn(),
                        c.getValue().state(), moves.getOrDefault(c.getKey(), List.of()), c.getValue().decisions()))
                .toList();
    }

    private static Act act(String name) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        return Step.valueOf(name);
    }

    private record CaseRow(String requestingState, LocalDate receivedOn, CaseState state, String awaitingApproval,
            List<DecisionTaken> decisions) {
    }
}
