package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;

/**
 * FOREIGN_OFFICIALS_UNIDENTIFIED: presence is requested for an official the request does not name.
 * A judge can only authorise a named person; an unnamed one is how agents of the requesting
 * state came to read a refugee's papers in the case study.
 */
final class UnidentifiedForeignOfficials implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        List<ForeignOfficial> officials = context.request().foreignOfficials();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < officials.size(); i++) {
            String name = officials.get(i).name();
            if (name == null || name.isBlank()) {
                unnamed.add("/foreignOfficials/" + i);
            }
        }
        if (unnamed.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.FOREIGN_OFFICIALS_UNIDENTIFIED, null, "foreignOfficials",
                Evidence.fromRequest(String.join(", ", unnamed), unnamed.size() + " of " + officials.size()
                        + " foreign officials whose presence is requested are not named.")));
    }
}
