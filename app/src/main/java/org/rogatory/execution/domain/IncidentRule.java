package org.rogatory.execution.domain;

import java.util.List;

/** A named rule that reads the report against the plan and the authorisation and opens incidents. */
public interface IncidentRule {

    List<Incident.Opened> opened(ReportContext context);

    /** The rules, in the order their incidents are listed. */
    static List<IncidentRule> all() {
        return List.of(new UnauthorisedPresence(), new ForeignOfficialDidMoreThanObserve(), new SeizureNotAuthorised(),
                new ExecutedBeforeItsAnnouncedTime(), new DeclaredIncident());
    }

    static List<Incident.Opened> openedBy(ReportContext context) {
        return all().stream().flatMap(rule -> rule.opened(context).stream()).toList();
    }
}
