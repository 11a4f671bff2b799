package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;

/**
 * A seizure is a coercive measure: only an investigating judge's authorisation allows it (DESIGN.md
 * §3). What the police seize under an authorised search counts, unless the request asks for a seizure
 * of its own that the judge left out; what they seize with no judge's authorisation at all (the
 * prosecutor executed the request) or beyond it is an incident, which holds the results back until the
 * judge rules on it.
 */
final class SeizureNotAuthorised implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        if (context.judgeAuthorised() && seizureAuthorised(context)) {
            return List.of();
        }
        String why = context.judgeAuthorised() ? "the judge did not authorise a seizure"
                : "no investigating judge authorised the execution";
        List<Incident.Opened> opened = new ArrayList<>();
        var seized = context.report().seized();
        for (int i = 0; i < seized.size(); i++) {
            opened.add(new Incident.Opened(Incident.Kind.SEIZURE_NOT_AUTHORISED, "seized/" + i,
                    "\"" + seized.get(i).label() + "\" was seized, but " + why + "."));
        }
        return opened;
    }

    private static boolean seizureAuthorised(ReportContext context) {
        List<Measure> measures = context.request().measures();
        boolean asksForSeizure = measures.stream().anyMatch(m -> m.type() == MeasureType.SEIZURE);
        for (int i = 0; i < measures.size(); i++) {
            MeasureType type = measures.get(i).type();
            if (context.authorisation().covers(i)
                    && (type == MeasureType.SEIZURE || type == MeasureType.SEARCH && !asksForSeizure)) {
                return true;
            }
        }
        return false;
    }
}
