package org.rogatory.screening.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An earlier decision about a person ({@code decisions.csv}). Decisions carry names but no birth
 * dates, and may concern people who are not in the register.
 *
 * @param state           where it was decided (ISO 3166-1 alpha-2), null for international bodies
 * @param requestingState the state concerned: the state that asked (refusals) or the state the
 *                        decision is about (asylum, UN WGAD, ECtHR, Interpol)
 * @param date            null when the file gives none
 */
public record PriorDecision(
        String id,
        Kind kind,
        String state,
        String authority,
        LocalDate date,
        String requestingState,
        List<String> names,
        String summary) {

    public PriorDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        names = names == null ? List.of() : List.copyOf(names);
    }

    public boolean concerns(String state) {
        return state != null && state.equals(requestingState);
    }

    /** A refusal by the forum state of a request about the person. */
    public boolean isRefusalBy(String forumState) {
        return kind.isRefusal() && forumState.equals(state);
    }

    /** One line an officer can read: kind, authority, date and state concerned. */
    public String describe() {
        return id + " " + kind + (authority == null || authority.isBlank() ? "" : " by " + authority)
                + (date == null ? "" : " on " + date) + " concerning " + requestingState;
    }

    /**
     * Every kind is adverse to the state concerned: another authority found a political aim, a risk
     * of persecution or arbitrariness in what that state did or asked.
     */
    public enum Kind {
        EXTRADITION_REFUSED, MLA_REFUSED, ASYLUM_GRANTED, UN_WGAD_OPINION, ECHR_JUDGMENT, INTERPOL_DATA_DELETED;

        public boolean isRefusal() {
            return this == EXTRADITION_REFUSED || this == MLA_REFUSED;
        }
    }
}
