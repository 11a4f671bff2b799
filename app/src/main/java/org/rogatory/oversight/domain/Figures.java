package org.rogatory.oversight.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rogatory.casework.domain.CaseCourse;
import org.rogatory.casework.domain.CaseCourse.Answer;
import org.rogatory.casework.domain.CaseCourse.DecisionTaken;
import org.rogatory.casework.domain.CaseCourse.Moved;
import org.rogatory.casework.domain.CaseState;
import org.rogatory.casework.domain.Chain;
import org.rogatory.casework.domain.DecisionStatus;
import org.rogatory.casework.domain.Disposition;
import org.rogatory.casework.domain.Move;
import org.rogatory.casework.domain.Outcome;
import org.rogatory.execution.domain.Incident;
import org.rogatory.execution.domain.IncidentTallied;
import org.rogatory.oversight.domain.Metric.AwaitingApproval;
import org.rogatory.oversight.domain.Metric.Decided;
import org.rogatory.oversight.domain.Metric.InStanding;
import org.rogatory.oversight.domain.Metric.IncidentsAwaitingRuling;
import org.rogatory.oversight.domain.Metric.IncidentsOpened;
import org.rogatory.oversight.domain.Metric.IncidentsRuled;
import org.rogatory.oversight.domain.Metric.Pending;
import org.rogatory.oversight.domain.Metric.Received;
import org.rogatory.oversight.domain.Metric.RefusalGround;
import org.rogatory.oversight.domain.Metric.SetAside;
import org.rogatory.oversight.domain.Metric.SetAsideAs;
import org.rogatory.oversight.domain.Metric.SetAsideNow;
import org.rogatory.oversight.domain.Metric.Stayed;
import org.rogatory.oversight.domain.SmallCountSuppression.Cell;
import org.rogatory.oversight.domain.SmallCountSuppression.Relation;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.screening.domain.Severity;

/**
 * Oversight's figures for the requests received in a year (DESIGN.md §8), for all requesting states
 * together and for each: what became of them, what each filter decided, the grounds of refusals,
 * the blocking findings set aside and whether a supervisor approved, the incidents of the
 * executions and whether the judge has ruled on them, and the time spent in each stage. Only aggregates, every count already through {@link SmallCountSuppression}: there is no
 * way to get a raw count out of this class.
 *
 * <p>A request is counted in the year it was received, and so are its decisions, whenever they
 * were taken: the figures of a year follow that year's requests to where they stand now.
 *
 * @param threshold    the suppression threshold the counts went through
 * @param allStates    the requests of every requesting state together ({@code requestingState} null)
 * @param byRequestingState one entry per requesting state that sent a request, by ISO code
 */
public record Figures(int year, int threshold, StateFigures allStates, List<StateFigures> byRequestingState) {

    /** The scope of all requesting states together, in the cells of the suppression. */
    static final String ALL_STATES = "*";

    public Figures {
        byRequestingState = List.copyOf(byRequestingState);
    }

    /**
     * @param standing       where the requests stand now
     * @param filters        what each filter decided, in the order of the chain
     * @param refusalGrounds ground code → refusals citing it, by code
     * @param setAsides      blocking findings dismissed or overridden, by finding code
     * @param incidents      incidents opened at the executions, by kind (only the kinds that occurred)
     * @param stages         time spent in each stage a role owns, in the order of the chain
     */
    public record StateFigures(String requestingState, Count received, Map<Standing, Count> standing,
            List<FilterFigures> filters, Map<String, Count> refusalGrounds, List<SetAsideFigures> setAsides,
            List<IncidentFigures> incidents, List<StageTime> stages) {
    }

    /** Incidents of one kind opened at the executions, ruled on by the judge, and awaiting a ruling now. */
    public record IncidentFigures(Incident.Kind kind, Count opened, Count ruled, Count awaitingRuling) {
    }

    /**
     * @param outcomes         decisions that took effect, by outcome (every outcome open to the filter)
     * @param awaitingApproval decisions waiting for a supervisor now
     * @param pending          requests waiting for this filter now
     */
    public record FilterFigures(Filter filter, Map<Outcome, Count> outcomes, Count awaitingApproval, Count pending) {
    }

    /**
     * Blocking findings of one code set aside, how, and whether the supervisor's approval was given
     * ({@code approved}), is awaited, or lapsed (a later decision made it moot).
     */
    public record SetAsideFigures(FindingCode finding, Count total, Count dismissed, Count overridden, Count approved,
            Count awaitingApproval, Count lapsed) {
    }

    /**
     * @param requests   requests that spent time in the stage and left it
     * @param medianDays the median of their total time in it, in days to one decimal; null when fewer
     *                   requests than the threshold (a median of few is nearly one request's time)
     */
    public record StageTime(CaseState stage, Count requests, Double medianDays) {
    }

    /**
     * The figures of the year's requests, as the chain runs them, and of the incidents of their
     * executions, through the suppression.
     */
    public static Figures of(int year, List<CaseCourse> courses, List<IncidentTallied> incidents, Chain chain,
            SmallCountSuppression suppression) {
        return new Compilation(chain, suppression).compile(year, courses, incidents);
    }

    /** Counting, then hiding, then laying out. */
    private static final class Compilation {

        private final Chain chain;
        private final SmallCountSuppression suppression;
        private final List<CaseState> stages;
        private final Map<Filter, List<Outcome>> outcomes = new EnumMap<>(Filter.class);
        private final Map<Cell, Long> values = new LinkedHashMap<>();
        private final Map<String, Map<CaseState, List<Double>>> days = new TreeMap<>();
        private final Set<String> grounds = new TreeSet<>();
        private final Set<FindingCode> setAside = new TreeSet<>();
        private final Set<Incident.Kind> incidentKinds = new TreeSet<>();

        Compilation(Chain chain, SmallCountSuppression suppression) {
            this.chain = chain;
            this.suppression = suppression;
            this.stages = Arrays.stream(CaseState.values())
                    .filter(s -> s.isOpen() && chain.owner(s).isPresent())
                    .toList();
            for (Filter filter : Filter.values()) {
                outcomes.put(filter, chain.moves().stream()
                        .filter(m -> m.from() == filter.state() && m.act() instanceof Outcome)
                        .map(m -> (Outcome) m.act())
                        .toList());
            }
        }

        Figures compile(int year, List<CaseCourse> courses, List<IncidentTallied> incidents) {
            Set<String> states = new TreeSet<>();
            for (CaseCourse course : courses) {
                states.add(course.requestingState());
                count(course);
            }
            for (IncidentTallied incident : incidents) {
                states.add(incident.requestingState());
                incidentKinds.add(incident.kind());
                add(incident.requestingState(), new IncidentsOpened(incident.kind()));
                add(incident.requestingState(), incident.ruled() ? new IncidentsRuled(incident.kind())
                        : new IncidentsAwaitingRuling(incident.kind()));
            }
            List<String> scopes = new ArrayList<>(List.of(ALL_STATES));
            scopes.addAll(states);
            for (String scope : scopes) {
                for (Metric metric : everyMetric()) {
                    values.putIfAbsent(new Cell(scope, metric), 0L);
                }
            }
            Map<Cell, Count> shown = suppression.publish(values, relations(scopes));
            return new Figures(year, suppression.threshold(), layOut(ALL_STATES, shown),
                    states.stream().map(s -> layOut(s, shown)).toList());
        }

        private void count(CaseCourse course) {
            String scope = course.requestingState();
            add(scope, new Received());
            add(scope, new InStanding(Standing.of(course.state())));
            filterOf(course.state()).ifPresent(f -> add(scope, new Pending(f)));
            for (DecisionTaken decision : course.decisions()) {
                Optional<Filter> filter = filterOf(decision.fromState());
                if (filter.isPresent() && decision.status() == DecisionStatus.EFFECTIVE) {
                    add(scope, new Decided(filter.get(), decision.outcome()));
                }
                if (filter.isPresent() && decision.status() == DecisionStatus.AWAITING_APPROVAL) {
                    add(scope, new AwaitingApproval(filter.get()));
                }
                if (decision.outcome() == Outcome.REFUSE && decision.status() == DecisionStatus.EFFECTIVE) {
                    new TreeSet<>(decision.grounds()).forEach(ground -> {
                        grounds.add(ground);
                        add(scope, new RefusalGround(ground));
                    });
                }
                for (Answer answer : decision.answers()) {
                    if (answer.severity() == Severity.BLOCKING && answer.disposition().setsAside()) {
                        setAside.add(answer.code());
                        add(scope, new SetAside(answer.code()));
                        add(scope, new SetAsideAs(answer.code(), answer.disposition()));
                        add(scope, new SetAsideNow(answer.code(), decision.status()));
                    }
                }
            }
            timeInStages(course).forEach((stage, spent) -> {
                add(scope, new Stayed(stage));
                double inDays = spent.toSeconds() / 86_400.0;
                days.computeIfAbsent(scope, k -> new EnumMap<>(CaseState.class))
                        .computeIfAbsent(stage, k -> new ArrayList<>()).add(inDays);
                days.computeIfAbsent(ALL_STATES, k -> new EnumMap<>(CaseState.class))
                        .computeIfAbsent(stage, k -> new ArrayList<>()).add(inDays);
            });
        }

        /** The request's total time in each stage it left (a stage it is still in does not count yet). */
        private Map<CaseState, Duration> timeInStages(CaseCourse course) {
            Map<CaseState, Duration> spent = new EnumMap<>(CaseState.class);
            List<Moved> moves = course.moves();
            for (int i = 0; i + 1 < moves.size(); i++) {
                CaseState stage = moves.get(i).transition().to();
                if (stages.contains(stage)) {
                    spent.merge(stage, Duration.between(moves.get(i).at(), moves.get(i + 1).at()), Duration::plus);
                }
            }
            return spent;
        }

        private void add(String scope, Metric metric) {
            values.merge(new Cell(scope, metric), 1L, Long::sum);
            values.merge(new Cell(ALL_STATES, metric), 1L, Long::sum);
        }

        /** Every count the figures show, in every scope: those that are zero too. */
        private List<Metric> everyMetric() {
            List<Metric> metrics = new ArrayList<>();
            metrics.add(new Received());
            for (Standing standing : Standing.values()) {
                metrics.add(new InStanding(standing));
            }
            outcomes.forEach((filter, open) -> {
                open.forEach(outcome -> metrics.add(new Decided(filter, outcome)));
                metrics.add(new AwaitingApproval(filter));
                metrics.add(new Pending(filter));
            });
            grounds.forEach(ground -> metrics.add(new RefusalGround(ground)));
            for (FindingCode code : setAside) {
                metrics.add(new SetAside(code));
                metrics.add(new SetAsideAs(code, Disposition.DISMISSED));
                metrics.add(new SetAsideAs(code, Disposition.OVERRIDDEN));
                for (DecisionStatus status : DecisionStatus.values()) {
                    metrics.add(new SetAsideNow(code, status));
                }
            }
            for (Incident.Kind kind : incidentKinds) {
                metrics.add(new IncidentsOpened(kind));
                metrics.add(new IncidentsRuled(kind));
                metrics.add(new IncidentsAwaitingRuling(kind));
            }
            stages.forEach(stage -> metrics.add(new Stayed(stage)));
            return metrics;
        }

        /**
         * What adds up, in every scope: the requests received and where they stand; the blocking
         * findings set aside, how and with what approval; the incidents opened, ruled on and awaiting a
         * ruling; the requests that entered a filter or a
         * final state only by filter decisions, and those decisions; and across scopes, all states
         * and each.
         */
        private List<Relation> relations(List<String> scopes) {
            List<Relation> relations = new ArrayList<>();
            for (String scope : scopes) {
                relations.add(new Relation(List.of(new Cell(scope, new Received())),
                        Arrays.stream(Standing.values()).map(s -> new Cell(scope, new InStanding(s))).toList()));
                for (FindingCode code : setAside) {
                    Cell total = new Cell(scope, new SetAside(code));
                    relations.add(new Relation(List.of(total), List.of(
                            new Cell(scope, new SetAsideAs(code, Disposition.DISMISSED)),
                            new Cell(scope, new SetAsideAs(code, Disposition.OVERRIDDEN)))));
                    relations.add(new Relation(List.of(total), Arrays.stream(DecisionStatus.values())
                            .map(s -> new Cell(scope, new SetAsideNow(code, s))).toList()));
                }
                for (Incident.Kind kind : incidentKinds) {
                    relations.add(new Relation(List.of(new Cell(scope, new IncidentsOpened(kind))), List.of(
                            new Cell(scope, new IncidentsRuled(kind)), new Cell(scope, new IncidentsAwaitingRuling(kind)))));
                }
                for (Filter filter : Filter.values()) {
                    List<Cell> out = new ArrayList<>(List.of(new Cell(scope, new Pending(filter))));
                    outcomes.get(filter).forEach(o -> out.add(new Cell(scope, new Decided(filter, o))));
                    enteredByDecisions(filter.state(), scope).ifPresent(in -> relations.add(new Relation(in, out)));
                }
                for (Standing standing : Standing.values()) {
                    if (standing.finalState() != null) {
                        enteredByDecisions(standing.finalState(), scope).ifPresent(in -> relations.add(new Relation(
                                List.of(new Cell(scope, new InStanding(standing))), in)));
                    }
                }
            }
            for (Metric metric : everyMetric()) {
                relations.add(new Relation(List.of(new Cell(ALL_STATES, metric)), scopes.stream()
                        .filter(s -> !s.equals(ALL_STATES)).map(s -> new Cell(s, metric)).toList()));
            }
            return relations;
        }

        /**
         * The filter decisions that are the only ways into the state, if they are: then the requests
         * that went in are those decisions, and add up with those that came out.
         */
        private Optional<List<Cell>> enteredByDecisions(CaseState state, String scope) {
            List<Cell> ways = new ArrayList<>();
            for (Move move : chain.moves()) {
                if (move.to() != state) {
                    continue;
                }
                Optional<Filter> from = filterOf(move.from());
                if (from.isEmpty() || !(move.act() instanceof Outcome outcome)) {
                    return Optional.empty();
                }
                ways.add(new Cell(scope, new Decided(from.get(), outcome)));
            }
            return ways.isEmpty() ? Optional.empty() : Optional.of(ways);
        }

        private StateFigures layOut(String scope, Map<Cell, Count> shown) {
            Map<Standing, Count> standing = new EnumMap<>(Standing.class);
            for (Standing s : Standing.values()) {
                standing.put(s, shown.get(new Cell(scope, new InStanding(s))));
            }
            List<FilterFigures> filters = new ArrayList<>();
            outcomes.forEach((filter, open) -> {
                Map<Outcome, Count> decided = new LinkedHashMap<>();
                open.forEach(o -> decided.put(o, shown.get(new Cell(scope, new Decided(filter, o)))));
                filters.add(new FilterFigures(filter, decided, shown.get(new Cell(scope, new AwaitingApproval(filter))),
                        shown.get(new Cell(scope, new Pending(filter)))));
            });
            Map<String, Count> refusalGrounds = new LinkedHashMap<>();
            for (String ground : grounds) {
                Cell cell = new Cell(scope, new RefusalGround(ground));
                if (values.get(cell) > 0) {
                    refusalGrounds.put(ground, shown.get(cell));
                }
            }
            List<SetAsideFigures> setAsides = new ArrayList<>();
            for (FindingCode code : setAside) {
                Cell total = new Cell(scope, new SetAside(code));
                if (values.get(total) > 0) {
                    setAsides.add(new SetAsideFigures(code, shown.get(total),
                            shown.get(new Cell(scope, new SetAsideAs(code, Disposition.DISMISSED))),
                            shown.get(new Cell(scope, new SetAsideAs(code, Disposition.OVERRIDDEN))),
                            shown.get(new Cell(scope, new SetAsideNow(code, DecisionStatus.EFFECTIVE))),
                            shown.get(new Cell(scope, new SetAsideNow(code, DecisionStatus.AWAITING_APPROVAL))),
                            shown.get(new Cell(scope, new SetAsideNow(code, DecisionStatus.LAPSED)))));
                }
            }
            List<IncidentFigures> incidents = new ArrayList<>();
            for (Incident.Kind kind : incidentKinds) {
                Cell opened = new Cell(scope, new IncidentsOpened(kind));
                if (values.get(opened) > 0) {
                    incidents.add(new IncidentFigures(kind, shown.get(opened),
                            shown.get(new Cell(scope, new IncidentsRuled(kind))),
                            shown.get(new Cell(scope, new IncidentsAwaitingRuling(kind)))));
                }
            }
            List<StageTime> times = new ArrayList<>();
            for (CaseState stage : stages) {
                Cell cell = new Cell(scope, new Stayed(stage));
                List<Double> spent = days.getOrDefault(scope, Map.of()).getOrDefault(stage, List.of());
                times.add(new StageTime(stage, shown.get(cell),
                        spent.isEmpty() || spent.size() < suppression.threshold() ? null : median(spent)));
            }
            return new StateFigures(scope.equals(ALL_STATES) ? null : scope, shown.get(new Cell(scope, new Received())),
                    standing, filters, refusalGrounds, setAsides, incidents, times);
        }

        private Optional<Filter> filterOf(CaseState state) {
            return Arrays.stream(Filter.values()).filter(f -> f.state() == state).findFirst();
        }
    }

    /** The median, in days to one decimal. */
    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
