package org.rogatory.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.casework.domain.Outcome.AUTHORISE;
import static org.rogatory.casework.domain.Outcome.EXECUTE;
import static org.rogatory.casework.domain.Outcome.FORWARD;
import static org.rogatory.casework.domain.Outcome.REFER_TO_JUDGE;
import static org.rogatory.casework.domain.Outcome.REFUSE;
import static org.rogatory.casework.domain.Outcome.RETURN_FOR_INFORMATION;
import static org.rogatory.casework.domain.Outcome.WITHDRAW;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.CaseCourse;
import org.rogatory.casework.domain.CaseCourse.Answer;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Step;
import org.rogatory.execution.domain.Incident.Kind;
import org.rogatory.execution.domain.IncidentTallied;
import org.rogatory.oversight.domain.Figures.IncidentFigures;
import org.rogatory.oversight.domain.Figures.FilterFigures;
import org.rogatory.oversight.domain.Figures.StageTime;
import org.rogatory.oversight.domain.Figures.StateFigures;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;

class FiguresTest {

    static final SmallCountSuppression NONE = new SmallCountSuppression(1);
    static final SmallCountSuppression FIVE = new SmallCountSuppression(SmallCountSuppression.DEFAULT_THRESHOLD);

    static final Answer REFUGEE_OVERRIDDEN = new Answer(FindingCode.REFUGEE_FROM_REQUESTING_STATE, Severity.BLOCKING,
            Disposition.OVERRIDDEN);
    static final Answer REFUGEE_DISMISSED = new Answer(FindingCode.REFUGEE_FROM_REQUESTING_STATE, Severity.BLOCKING,
            Disposition.DISMISSED);
    static final Answer POLITICAL_OVERRIDDEN = new Answer(FindingCode.POLITICAL_OFFENCE_INDICATORS, Severity.WARNING,
            Disposition.OVERRIDDEN);

    static Figures figures(SmallCountSuppression suppression, List<CaseCourse> courses) {
        return figures(suppression, courses, List.of());
    }

    static Figures figures(SmallCountSuppression suppression, List<CaseCourse> courses,
            List<IncidentTallied> incidents) {
        return Figures.of(2025, courses, incidents, Courses.CHAIN, suppression);
    }

    @SafeVarargs
    static List<CaseCourse> all(List<CaseCourse>... groups) {
        List<CaseCourse> all = new ArrayList<>();
        for (List<CaseCourse> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    static FilterFigures filter(StateFigures state, Filter filter) {
        return state.filters().stream().filter(f -> f.filter() == filter).findFirst().orElseThrow();
    }

    static StateFigures state(Figures figures, String code) {
        return figures.byRequestingState().stream().filter(s -> s.requestingState().equals(code)).findFirst()
                .orElseThrow();
    }

    static Count exact(long n) {
        return new Count.Exact(n);
    }

    @Test
    void countsWhatEachFilterDecidedAndWhereTheRequestsStand() {
        Figures figures = figures(NONE, all(
                Courses.times(2, Courses.from("FR").decide(3, REFUSE, "ECMA59-2-B")),
                Courses.times(1, Courses.from("FR").decide(1, RETURN_FOR_INFORMATION)),
                Courses.times(3, Courses.from("FR").decide(2, FORWARD).decide(4, EXECUTE)),
                Courses.times(1, Courses.from("KZ").decide(2, FORWARD).decide(5, REFER_TO_JUDGE).decide(1, AUTHORISE)),
                Courses.times(1, Courses.from("KZ").decide(2, FORWARD).decide(5, WITHDRAW)),
                Courses.times(1, Courses.from("KZ"))));

        StateFigures all = figures.allStates();
        assertThat(all.requestingState()).isNull();
        assertThat(all.received()).isEqualTo(exact(9));
        assertThat(all.standing()).containsExactly(
                Map.entry(Standing.OPEN, exact(6)), Map.entry(Standing.CLOSED, exact(0)),
                Map.entry(Standing.REFUSED, exact(2)), Map.entry(Standing.WITHDRAWN, exact(1)));
        FilterFigures central = filter(all, Filter.CENTRAL_AUTHORITY);
        assertThat(central.outcomes()).containsOnlyKeys(FORWARD, REFUSE, RETURN_FOR_INFORMATION, WITHDRAW);
        assertThat(central.outcomes().get(FORWARD)).isEqualTo(exact(5));
        assertThat(central.outcomes().get(REFUSE)).isEqualTo(exact(2));
        assertThat(central.outcomes().get(RETURN_FOR_INFORMATION)).isEqualTo(exact(1));
        assertThat(central.pending()).isEqualTo(exact(1));
        FilterFigures prosecutor = filter(all, Filter.PROSECUTOR);
        assertThat(prosecutor.outcomes()).containsOnlyKeys(REFUSE, EXECUTE, REFER_TO_JUDGE, WITHDRAW);
        assertThat(prosecutor.outcomes().get(EXECUTE)).isEqualTo(exact(3));
        assertThat(prosecutor.outcomes().get(WITHDRAW)).isEqualTo(exact(1));
        assertThat(filter(all, Filter.INVESTIGATING_JUDGE).outcomes().get(AUTHORISE)).isEqualTo(exact(1));

        assertThat(figures.byRequestingState()).extracting(StateFigures::requestingState).containsExactly("FR", "KZ");
        assertThat(state(figures, "KZ").received()).isEqualTo(exact(3));
        assertThat(all.refusalGrounds()).containsExactly(Map.entry("ECMA59-2-B", exact(2)));
        assertThat(state(figures, "KZ").refusalGrounds()).isEmpty();
    }

    @Test
    void countsADecisionOnlyOnceItTookEffect() {
        Figures figures = figures(NONE, List.of(
                Courses.from("KZ").decide(1, FORWARD, DecisionStatus.AWAITING_APPROVAL, List.of(REFUGEE_OVERRIDDEN))
                        .course(),
                Courses.from("KZ").decide(1, REFUSE, DecisionStatus.LAPSED, List.of(), "ECHR-3")
                        .decide(1, REFUSE, "ECMA59-2-B").course()));
        FilterFigures central = filter(figures.allStates(), Filter.CENTRAL_AUTHORITY);
        assertThat(central.outcomes().get(FORWARD)).isEqualTo(exact(0));
        assertThat(central.outcomes().get(REFUSE)).isEqualTo(exact(1));
        assertThat(central.awaitingApproval()).isEqualTo(exact(1));
        assertThat(figures.allStates().refusalGrounds()).containsOnlyKeys("ECMA59-2-B");
    }

    @Test
    void countsBlockingFindingsSetAsideAndTheSupervisorsApprovals() {
        Figures figures = figures(NONE, List.of(
                Courses.from("KZ").decide(1, FORWARD, DecisionStatus.EFFECTIVE,
                        List.of(REFUGEE_OVERRIDDEN, POLITICAL_OVERRIDDEN)).course(),
                Courses.from("KZ").decide(1, FORWARD, DecisionStatus.LAPSED, List.of(REFUGEE_DISMISSED))
                        .decide(1, FORWARD, DecisionStatus.AWAITING_APPROVAL, List.of(REFUGEE_DISMISSED)).course()));
        assertThat(figures.allStates().setAsides()).singleElement().satisfies(setAside -> {
            assertThat(setAside.finding()).isEqualTo(FindingCode.REFUGEE_FROM_REQUESTING_STATE);
            assertThat(List.of(setAside.total(), setAside.dismissed(), setAside.overridden(), setAside.approved(),
                    setAside.awaitingApproval(), setAside.lapsed()))
                    .containsExactly(exact(3), exact(2), exact(1), exact(1), exact(1), exact(1));
        });
    }

    @Test
    void countsTheIncidentsOfTheExecutionsAndTheJudgesRulings() {
        List<IncidentTallied> incidents = List.of(
                new IncidentTallied("KZ", Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL, true),
                new IncidentTallied("KZ", Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL, false),
                new IncidentTallied("KZ", Kind.UNAUTHORISED_PRESENCE, false),
                new IncidentTallied("FR", Kind.UNAUTHORISED_PRESENCE, true));
        Figures figures = figures(NONE, all(
                Courses.times(1, Courses.from("KZ").decide(1, FORWARD)),
                Courses.times(1, Courses.from("FR").decide(1, FORWARD))), incidents);

        assertThat(figures.allStates().incidents()).containsExactly(
                new IncidentFigures(Kind.UNAUTHORISED_PRESENCE, exact(2), exact(1), exact(1)),
                new IncidentFigures(Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL, exact(2), exact(1), exact(1)));
        assertThat(state(figures, "FR").incidents()).as("a kind that did not occur in a state is not listed")
                .containsExactly(new IncidentFigures(Kind.UNAUTHORISED_PRESENCE, exact(1), exact(1), exact(0)));
    }

    @Test
    void incidentsOfFewExecutionsCannotBeWorkedOutFromTheRulings() {
        List<IncidentTallied> incidents = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            incidents.add(new IncidentTallied("FR", Kind.UNAUTHORISED_PRESENCE, i < 5));
        }
        Figures figures = figures(FIVE, Courses.times(7, Courses.from("FR").decide(1, FORWARD)), incidents);

        IncidentFigures presence = state(figures, "FR").incidents().get(0);
        assertThat(presence.awaitingRuling()).isEqualTo(new Count.Few(5));
        // 7 opened and 5 ruled on would tell the 2 still open
        assertThat(List.of(presence.opened(), presence.ruled())).anyMatch(c -> !(c instanceof Count.Exact));
    }

    @Test
    void timesEachStageARequestLeftByTheMedianOfItsDays() {
        List<CaseCourse> courses = new ArrayList<>();
        double[] centralDays = {1, 2, 3, 4, 10, 30};
        for (double days : centralDays) {
            courses.add(Courses.from("FR").decide(days, FORWARD).decide(5, REFER_TO_JUDGE).course());
        }
        courses.add(Courses.from("FR").decide(1, RETURN_FOR_INFORMATION).course());
        Figures figures = figures(FIVE, courses);
        StageTime central = stage(figures.allStates(), CaseState.CENTRAL_AUTHORITY_REVIEW);
        assertThat(central.requests()).isEqualTo(exact(7));
        assertThat(central.medianDays()).isEqualTo(3.0);
        assertThat(stage(figures.allStates(), CaseState.PROSECUTOR_REVIEW).medianDays()).isEqualTo(5.0);
        StageTime judge = stage(figures.allStates(), CaseState.JUDGE_REVIEW);
        assertThat(judge.requests()).as("still waiting: not timed yet").isEqualTo(exact(0));
        assertThat(judge.medianDays()).isNull();
        assertThat(stage(figures.allStates(), CaseState.AWAITING_INFORMATION).requests()).isEqualTo(exact(0));
        assertThat(figures.allStates().stages()).extracting(StageTime::stage).containsExactly(
                CaseState.CENTRAL_AUTHORITY_REVIEW, CaseState.AWAITING_INFORMATION, CaseState.PROSECUTOR_REVIEW,
                CaseState.JUDGE_REVIEW, CaseState.EXECUTION_PLANNING, CaseState.EXECUTED, CaseState.RESULTS_REVIEW,
                CaseState.TRANSMISSION_AUTHORISED, CaseState.TRANSMITTED);
    }

    @Test
    void addsUpEveryStayOfARequestInAStageAndTimesTheLaterStagesToo() {
        Courses returned = Courses.from("FR").decide(2, RETURN_FOR_INFORMATION).step(10, Step.NEW_INFORMATION_RECORDED)
                .step(0, Step.REVIEW_OPENED).decide(1, FORWARD).decide(1, EXECUTE).step(6, Step.EXECUTION_REPORTED);
        Figures figures = figures(NONE, List.of(returned.course()));
        assertThat(stage(figures.allStates(), CaseState.CENTRAL_AUTHORITY_REVIEW).medianDays()).isEqualTo(3.0);
        assertThat(stage(figures.allStates(), CaseState.AWAITING_INFORMATION).medianDays()).isEqualTo(10.0);
        assertThat(stage(figures.allStates(), CaseState.EXECUTION_PLANNING).medianDays()).isEqualTo(6.0);
    }

    @Test
    void aMedianOfFewerRequestsThanTheThresholdIsNotShown() {
        Figures figures = figures(FIVE, Courses.times(4, Courses.from("KZ").decide(12, FORWARD)));
        StageTime central = stage(figures.allStates(), CaseState.CENTRAL_AUTHORITY_REVIEW);
        assertThat(central.requests()).isEqualTo(new Count.Few(5));
        assertThat(central.medianDays()).isNull();
    }

    @Test
    void aStateWithFewRequestsCannotBeSingledOutNorWorkedOutFromTheTotals() {
        Figures figures = figures(FIVE, all(
                Courses.times(10, Courses.from("FR").decide(3, FORWARD)),
                Courses.times(2, Courses.from("KZ").decide(3, REFUSE, "ECHR-3"))));
        StateFigures kz = state(figures, "KZ");
        StateFigures fr = state(figures, "FR");
        StateFigures all = figures.allStates();
        assertThat(kz.received()).isEqualTo(new Count.Few(5));
        assertThat(kz.standing().get(Standing.REFUSED)).isEqualTo(new Count.Few(5));
        assertThat(filter(kz, Filter.CENTRAL_AUTHORITY).outcomes().get(REFUSE)).isEqualTo(new Count.Few(5));
        assertThat(kz.refusalGrounds().get("ECHR-3")).isEqualTo(new Count.Few(5));
        // 12 received in all and 10 from France would tell 2 from Kazakhstan
        assertThat(List.of(all.received(), fr.received())).anyMatch(c -> !(c instanceof Count.Exact));
        assertThat(List.of(all.refusalGrounds().get("ECHR-3"), fr.refusalGrounds().getOrDefault("ECHR-3", exact(0))))
                .anyMatch(c -> !(c instanceof Count.Exact));
        assertThat(figures.threshold()).isEqualTo(5);
    }

    @Test
    void withoutRequestsEveryCountIsZero() {
        Figures figures = figures(FIVE, List.of());
        assertThat(figures.allStates().received()).isEqualTo(exact(0));
        assertThat(figures.byRequestingState()).isEmpty();
        assertThat(filter(figures.allStates(), Filter.PROSECUTOR).outcomes().values()).containsOnly(exact(0));
    }

    static StageTime stage(StateFigures state, CaseState stage) {
        return state.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
