package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;

/** Whatever else the police report as an incident is one, for the judge to rule on. */
final class DeclaredIncident implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        List<Incident.Opened> opened = new ArrayList<>();
        var incidents = context.report().incidents();
        for (int i = 0; i < incidents.size(); i++) {
            opened.add(new Incident.Opened(Incident.Kind.REPORTED, "incidents/" + i, incidents.get(i)));
        }
        return opened;
    }
}
