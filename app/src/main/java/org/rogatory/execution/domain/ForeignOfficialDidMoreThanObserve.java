package org.rogatory.execution.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rogatory.execution.domain.ExecutionReport.Conduct;
import org.rogatory.execution.domain.ExecutionReport.PresentPerson;
import org.rogatory.execution.domain.ExecutionReport.PresentRole;

/**
 * A foreign official who did anything but observe (read or photographed documents, handled
 * material, copied data, questioned someone): ROG-FOREIGN-OFFICIALS-NAMED, EIO art. 9(5). In the
 * case study the agents read the refugee's papers on her desk while the police looked on.
 */
final class ForeignOfficialDidMoreThanObserve implements IncidentRule {

    @Override
    public List<Incident.Opened> opened(ReportContext context) {
        List<Incident.Opened> opened = new ArrayList<>();
        var present = context.report().present();
        for (int i = 0; i < present.size(); i++) {
            PresentPerson person = present.get(i);
            if (person.role() != PresentRole.FOREIGN_OFFICIAL) {
                continue;
            }
            List<Conduct> beyond = person.conduct().stream().filter(c -> c != Conduct.OBSERVED).toList();
            if (!beyond.isEmpty()) {
                opened.add(new Incident.Opened(Incident.Kind.FOREIGN_OFFICIAL_HANDLED_MATERIAL, "present/" + i,
                        "Foreign official \"" + person.name() + "\" did more than observe: "
                                + beyond.stream().map(Conduct::name).collect(Collectors.joining(", ")) + "."));
            }
        }
        return opened;
    }
}
