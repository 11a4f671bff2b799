package org.rogatory.screening.domain;

import java.util.Objects;

/**
 * One row of the country profiles ({@code countries.csv}). A null field means the cell was empty,
 * that is unknown or not verified: it is never read as false, free or low.
 *
 * @param corruptionPerceptionsIndex Transparency International CPI, 0–100 (higher is cleaner)
 * @param freedomScore               Freedom House total score, 0–100
 * @param extraditionTreaty          whether an extradition treaty is in force with the forum state
 */
public record CountryProfile(
        String iso2,
        String name,
        Integer corruptionPerceptionsIndex,
        FreedomStatus freedomStatus,
        Integer freedomScore,
        DeathPenaltyStatus deathPenalty,
        Boolean extraditionTreaty,
        String notes) {

    public CountryProfile {
        Objects.requireNonNull(iso2, "iso2");
    }

    /** A state about which nothing is known, for requests from a state missing from the profiles. */
    public static CountryProfile unknown(String iso2) {
        return new CountryProfile(iso2, iso2, null, null, null, null, null, null);
    }

    public String label() {
        return name == null || name.isBlank() || name.equals(iso2) ? iso2 : name + " (" + iso2 + ")";
    }

    /** Freedom House status: Free, Partly Free, Not Free. */
    public enum FreedomStatus { F, PF, NF }

    /** Amnesty International's classification. */
    public enum DeathPenaltyStatus {
        RETAINS, ABOLISHED_IN_PRACTICE, ABOLISHED;

        /** A moratorium is a practice, not a law: the penalty can still be pronounced. */
        public boolean canStillBePronounced() {
            return this != ABOLISHED;
        }
    }
}
