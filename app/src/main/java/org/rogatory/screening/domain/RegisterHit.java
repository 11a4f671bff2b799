package org.rogatory.screening.domain;

import java.util.Set;
import java.util.stream.Collectors;
import org.rogatory.matching.RegisterEntry;

/** A register entry that may be the person: the entry, and how the name met it. */
record RegisterHit(RegisterEntry entry, NameHit hit) {

    /** Against whom a register entry protects the person, as far as the register says. */
    enum Protection { NONE, AGAINST_REQUESTING_STATE, AGAINST_ANOTHER_STATE }

    Set<RegisterCategory> categories() {
        return RegisterCategory.of(entry.categories());
    }

    boolean is(RegisterCategory category) {
        return categories().contains(category);
    }

    /**
     * Protection against the requesting state when it is among the persecuting states. A protection
     * entry without persecuting states is read by nationality: a refugee is in the first place
     * protected against the state of which they are a national.
     */
    Protection protectionAgainst(String requestingState) {
        if (categories().stream().noneMatch(RegisterCategory::isProtection)) {
            return Protection.NONE;
        }
        boolean against = entry.persecutingStates().isEmpty()
                ? entry.nationalities().contains(requestingState)
                : entry.persecutingStates().contains(requestingState);
        return against ? Protection.AGAINST_REQUESTING_STATE : Protection.AGAINST_ANOTHER_STATE;
    }

    Evidence evidence(String trigger, String explanation) {
        return new Evidence(entry.id(), hit.matchedName(), hit.score(), trigger, explanation);
    }

    /** "R-0001 (REFUGEE|LAWYER against KZ since 2014-06, born 1976-03-14)". */
    String describe() {
        String protection = entry.persecutingStates().isEmpty()
                ? "" : " against " + String.join("|", entry.persecutingStates());
        return entry.id() + " (" + categories().stream().map(Enum::name).collect(Collectors.joining("|"))
                + protection + (entry.since() == null ? "" : " since " + entry.since())
                + (entry.birthDate() == null ? "" : ", born " + entry.birthDate()) + ")";
    }

    /** "R-0001 (...): 'Dinara Kuanishbaeva' ~ 'Dinara Kuanyshbayeva' (0.93: ...)". */
    String describeMatch() {
        return describe() + ": " + hit.describe();
    }
}
