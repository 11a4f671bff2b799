package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;

/**
 * FOREIGN_OFFICIALS_UNIDENTIFIED: presence is requested for an official the request does not name, or
 * names by a placeholder (N.N., "to be communicated").
 * A judge can only authorise a named person; an unnamed one is how agents of the requesting
 * state came to read a refugee's papers in the case study.
 */
final class UnidentifiedForeignOfficials implements ScreeningRule {

    @Override
    public List<Finding> findingsFor(ScreeningContext context) {
        List<ForeignOfficial> officials = context.request().foreignOfficials();
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < officials.size(); i++) {
            if (!named(officials.get(i).name())) {
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

    /**
     * What requests write where the name is not known yet: N.N. (nomen nescio), "to be communicated",
     * "unknown", in the languages requests arrive in; compared without case, spaces or punctuation.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("nn", "xx", "xxx", "na", "none", "unknown", "notknown",
            "unknownofficer", "unnamed", "tbc", "tbd", "tobecommunicated", "tobeconfirmed", "tobedetermined",
            "tobenamed", "namewithheld", "withheld", "confidential", "inconnu", "nonconnu", "acommuniquer",
            "anonyme", "unbekannt", "nochmitzuteilen", "wirdmitgeteilt", "onbekend", "nietbekend", "nntb",
            "неизвестно", "неизвестен", "неустановлено", "несообщено");

    /** Whether a name names someone: not blank, not only signs, not a placeholder. */
    static boolean named(String name) {
        if (name == null) {
            return false;
        }
        String letters = NameSpotter.fold(name).replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && !PLACEHOLDERS.contains(letters);
    }
}
