package org.rogatory.execution.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/**
 * How the police mean to execute the authorised measures: when, where (each place with its
 * premises, address and the measures done there), which officers, and which foreign officials
 * observe. A new draft supersedes the one before (and its confirmation); the latest is the plan.
 *
 * @param number       1 for the first draft of the case, then 2, 3...
 * @param confirmation null until confirmed
 */
public record ExecutionPlan(
        String id,
        int number,
        LocalDateTime scheduledFor,
        List<Place> places,
        List<Officer> officers,
        List<ForeignObserver> foreignOfficials,
        String draftedBy,
        Instant draftedAt,
        Confirmation confirmation) {

    public ExecutionPlan {
        places = List.copyOf(places);
        officers = List.copyOf(officers);
        foreignOfficials = List.copyOf(foreignOfficials);
    }

    public boolean confirmed() {
        return confirmation != null;
    }

    public ExecutionPlan confirmedBy(String user, Instant at) {
        return new ExecutionPlan(id, number, scheduledFor, places, officers, foreignOfficials, draftedBy, draftedAt,
                new Confirmation(user, at));
    }

    public Optional<Officer> officer(String name) {
        return officers.stream().filter(o -> Names.same(o.name(), name)).findFirst();
    }

    /**
     * A place where the plan executes measures of the request.
     *
     * @param measures indexes into the request's measures done at this place
     * @param bar      the bar whose president is told, where the city has more than one (Brussels:
     *                 French- and Dutch-speaking); null: every bar of the city
     */
    public record Place(List<Integer> measures, Premises premises, String address, String city, String bar) {

        public Place {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    public record Officer(String name, String unit) {
    }

    /** A foreign official on the plan: only one the judge named may be there, and only to observe. */
    public record ForeignObserver(String name, String function, String identityDocument, PresenceRole role) {
    }

    public record Confirmation(String by, Instant at) {
    }
}
