package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.execution.domain.ExecutionReport.PresentPerson;

/**
 * A person present who was not authorised: a foreign official the judge did not name (or whose
 * identity document was not checked, so nobody knows who they were), an officer not on the plan,
 * anyone else without a reason to be there. Occupants, counsel, the bar's delegate and
 * interpreters are there by right.
 */
final class UnauthorisedPresence implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        List<Incident.Opened> opened = new ArrayList<>();
        var present = context.report().present();
        for (int i = 0; i < present.size(); i++) {
            PresentPerson person = present.get(i);
            String subject = "present/" + i;
            switch (person.role()) {
                case FOREIGN_OFFICIAL -> {
                    boolean named = context.authorisation().official(person.name(), person.identityDocument())
                            .isPresent();
                    boolean planned = context.plan().foreignOfficials().stream()
                            .anyMatch(o -> Names.same(o.name(), person.name())
                                    && Names.same(o.identityDocument(), person.identityDocument()));
                    if (!named || !planned) {
                        opened.add(new Incident.Opened(Incident.Kind.UNAUTHORISED_PRESENCE, subject,
                                "Foreign official \"" + person.name() + "\" (" + person.identityDocument() + ") was present"
                                        + (named ? " but not on the confirmed plan." : " without the judge's authorisation.")));
                    } else if (!person.identityChecked()) {
                        opened.add(new Incident.Opened(Incident.Kind.UNAUTHORISED_PRESENCE, subject,
                                "The identity document of foreign official \"" + person.name()
                                        + "\" was not checked: nobody knows who was present."));
                    }
                }
                case OFFICER -> {
                    if (context.plan().officer(person.name()).isEmpty()) {
                        opened.add(new Incident.Opened(Incident.Kind.UNAUTHORISED_PRESENCE, subject,
                                "Officer \"" + person.name() + "\" was present but not on the confirmed plan."));
                    }
                }
                case OTHER -> opened.add(new Incident.Opened(Incident.Kind.UNAUTHORISED_PRESENCE, subject,
                        "\"" + person.name() + "\" was present without a role that entitles them to be."));
                default -> {
                    // occupants, counsel, the bar's delegate and interpreters are there by right
                }
            }
        }
        return opened;
    }
}
