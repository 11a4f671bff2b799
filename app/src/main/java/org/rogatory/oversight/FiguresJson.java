package org.rogatory.oversight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rogatory.oversight.domain.Count;
import org.rogatory.oversight.domain.Figures;
import org.rogatory.oversight.domain.Figures.FilterFigures;
import org.rogatory.oversight.domain.Figures.IncidentFigures;
import org.rogatory.oversight.domain.Figures.SetAsideFigures;
import org.rogatory.oversight.domain.Figures.StageTime;
import org.rogatory.oversight.domain.Figures.StateFigures;

/**
 * The figures as JSON. A count is a number when shown, {@code "<5"} when it is at least one and
 * below the threshold, {@code "withheld"} when it is hidden because it would give such a count away.
 */
record FiguresJson(int year, int suppressedBelow, StateJson allStates, List<StateJson> byRequestingState) {

    static FiguresJson of(Figures figures) {
        return new FiguresJson(figures.year(), figures.threshold(), StateJson.of(figures.allStates()),
                figures.byRequestingState().stream().map(StateJson::of).toList());
    }

    /** A shown count as a number, a hidden one as what it says. */
    static Object count(Count count) {
        return count instanceof Count.Exact exact ? (Object) exact.value() : count.toString();
    }

    static <K> Map<String, Object> counts(Map<K, Count> counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        counts.forEach((key, count) -> json.put(key.toString(), count(count)));
        return json;
    }

    record StateJson(String requestingState, Object received, Map<String, Object> standing, List<FilterJson> filters,
            Map<String, Object> refusalGrounds, List<SetAsideJson> setAsides, List<IncidentJson> incidents,
            List<StageJson> stages) {

        static StateJson of(StateFigures state) {
            return new StateJson(state.requestingState(), count(state.received()), counts(state.standing()),
                    state.filters().stream().map(FilterJson::of).toList(), counts(state.refusalGrounds()),
                    state.setAsides().stream().map(SetAsideJson::of).toList(),
                    state.incidents().stream().map(IncidentJson::of).toList(),
                    state.stages().stream().map(StageJson::of).toList());
        }
    }

    record FilterJson(String filter, Map<String, Object> outcomes, Object awaitingApproval, Object pending) {

        static FilterJson of(FilterFigures filter) {
            return new FilterJson(filter.filter().name(), counts(filter.outcomes()), count(filter.awaitingApproval()),
                    count(filter.pending()));
        }
    }

    record SetAsideJson(String finding, Object total, Object dismissed, Object overridden, Object approved,
            Object awaitingApproval, Object lapsed) {

        static SetAsideJson of(SetAsideFigures setAside) {
            return new SetAsideJson(setAside.finding().name(), count(setAside.total()), count(setAside.dismissed()),
                    count(setAside.overridden()), count(setAside.approved()), count(setAside.awaitingApproval()),
                    count(setAside.lapsed()));
        }
    }

    record IncidentJson(String kind, Object opened, Object ruled, Object awaitingRuling) {

        static IncidentJson of(IncidentFigures incidents) {
            return new IncidentJson(incidents.kind().name(), count(incidents.opened()), count(incidents.ruled()),
                    count(incidents.awaitingRuling()));
        }
    }

    record StageJson(String stage, Object requests, Double medianDays) {

        static StageJson of(StageTime stage) {
            return new StageJson(stage.stage().name(), count(stage.requests()), stage.medianDays());
        }
    }
}
