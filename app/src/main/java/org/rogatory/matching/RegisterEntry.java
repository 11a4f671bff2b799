package org.rogatory.matching;

import java.util.List;

/**
 * One row of a register of protected persons, in the contract format of DESIGN.md §10:
 * {@code id,categories,names,birth_date,nationalities,persecuting_states,since,note}. Names may be in
 * any script. Categories and states are kept as written; screening gives them their meaning.
 *
 * @param birthDate {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when unknown
 */
public record RegisterEntry(
        String id,
        List<String> categories,
        List<String> names,
        String birthDate,
        List<String> nationalities,
        List<String> persecutingStates,
        String since,
        String note) {

    public RegisterEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
        names = names == null ? List.of() : List.copyOf(names);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        persecutingStates = persecutingStates == null ? List.of() : List.copyOf(persecutingStates);
    }
}
