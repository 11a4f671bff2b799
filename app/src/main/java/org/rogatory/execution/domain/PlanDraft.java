package org.rogatory.execution.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rogatory.casework.domain.Authorisation;
import org.rogatory.casework.domain.ProposalDefect;
import org.rogatory.execution.domain.ExecutionPlan.ForeignObserver;
import org.rogatory.execution.domain.ExecutionPlan.Officer;
import org.rogatory.execution.domain.ExecutionPlan.Place;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.screening.domain.CityNames;
import org.rogatory.screening.domain.StreetAddress;

/** An execution plan as the police draft it, before it is checked against the case. */
public record PlanDraft(LocalDateTime scheduledFor, List<Place> places, List<Officer> officers,
        List<ForeignObserver> foreignOfficials) {

    public PlanDraft {
        places = orEmpty(places);
        officers = orEmpty(officers);
        foreignOfficials = orEmpty(foreignOfficials);
    }

    /**
     * Every field that is missing or wrong, by JSON pointer: a plan is dated and staffed, and placed when
     * {@code placesNeeded}. A hearing, bank records or an asset freeze is done at no premises: such a plan
     * has no place, and needs none.
     */
    public List<ProposalDefect> defects(LocalDateTime now, BarDirectory bars, boolean placesNeeded) {
        List<ProposalDefect> defects = new ArrayList<>();
        if (scheduledFor == null) {
            defects.add(new ProposalDefect("/scheduledFor", "is required"));
        } else if (scheduledFor.isBefore(now)) {
            defects.add(new ProposalDefect("/scheduledFor", "is in the past"));
        }
        if (places.isEmpty() && placesNeeded) {
            defects.add(new ProposalDefect("/places",
                    "the judge authorised a search or seizure: a plan has at least one place"));
        }
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            String at = "/places/" + i;
            if (place == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (place.measures().isEmpty()) {
                defects.add(new ProposalDefect(at + "/measures", "name the measures of the request done at this place"));
            }
            if (place.premises() == null) {
                defects.add(new ProposalDefect(at + "/premises", "is required"));
            }
            if (Names.blank(place.address())) {
                defects.add(new ProposalDefect(at + "/address", "is required"));
            }
            if (Names.blank(place.city())) {
                defects.add(new ProposalDefect(at + "/city", "is required"));
            } else {
                // the bar of the city field is told: an address line ending in another city would tell the wrong one
                CityNames.namedAtTheEndOf(place.address()).filter(named -> !CityNames.same(named, place.city()))
                        .ifPresent(named -> defects.add(new ProposalDefect(at + "/address", "ends in " + named
                                + ", not in " + place.city() + ", the place's city")));
            }
            if (!Names.blank(place.address()) && defects.stream().noneMatch(d -> d.pointer().equals(at + "/address"))
                    && StreetAddress.namesSeveralBuildings(new Address(null, place.city(), place.address()))) {
                defects.add(new ProposalDefect(at + "/address", "names more than one building: a place is one "
                        + "building, and each has its own row"));
            }
            if (place.bar() != null && bars.bar(place.bar()).isEmpty()) {
                defects.add(new ProposalDefect(at + "/bar", "\"" + place.bar() + "\" is no bar the directory knows"));
            } else if (place.bar() != null && !Names.blank(place.city())
                    && !bars.forCity(place.city()).contains(bars.bar(place.bar()).orElseThrow())) {
                // a place names its bar only to choose among its city's bars (Brussels has two): naming another
                // would tell a president who is not competent and leave the competent one untold
                defects.add(new ProposalDefect(at + "/bar", "\"" + place.bar() + "\" is not a bar of " + place.city()
                        + "; its bars: " + bars.forCity(place.city()).stream().map(Bar::id).toList()));
            }
        }
        if (officers.isEmpty()) {
            defects.add(new ProposalDefect("/officers", "a plan names at least one officer"));
        }
        for (int i = 0; i < officers.size(); i++) {
            if (officers.get(i) == null || Names.blank(officers.get(i).name())) {
                defects.add(new ProposalDefect("/officers/" + i + "/name", "is required"));
            }
        }
        for (int i = 0; i < foreignOfficials.size(); i++) {
            ForeignObserver official = foreignOfficials.get(i);
            String at = "/foreignOfficials/" + i;
            if (official == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (Names.blank(official.name())) {
                defects.add(new ProposalDefect(at + "/name", "a foreign official is named"));
            }
            if (Names.blank(official.function())) {
                defects.add(new ProposalDefect(at + "/function", "a foreign official's function is given"));
            }
            if (Names.blank(official.identityDocument())) {
                defects.add(new ProposalDefect(at + "/identityDocument", "a foreign official's identity document is given"));
            }
        }
        return defects;
    }

    /** The draft as plan number {@code number} of the case; a foreign official without a role observes. */
    public ExecutionPlan plan(String id, int number, String draftedBy, Instant at) {
        return new ExecutionPlan(id, number, scheduledFor, places, officers, foreignOfficials.stream()
                .map(o -> o.role() == null ? new ForeignObserver(o.name(), o.function(), o.identityDocument(),
                        PresenceRole.OBSERVER) : o)
                .toList(), draftedBy, at, null);
    }

    /** Whether a plan for {@code request} needs a place: a measure done at premises is authorised. */
    public static boolean placesNeeded(CooperationRequest request, Authorisation authorisation) {
        List<Measure> measures = request.measures();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).entersPremises() && authorisation.covers(i)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
