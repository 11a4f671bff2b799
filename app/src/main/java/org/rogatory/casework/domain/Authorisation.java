package org.rogatory.casework.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.screening.domain.StreetAddress;

/**
 * What a judge's AUTHORISE decision allows, beyond the measures themselves: which foreign officials
 * may be present (by name, function and identity document; they only ever observe:
 * ROG-FOREIGN-OFFICIALS-NAMED), which of the requested measures are authorised (none listed: all
 * of them), the judge's conditions, and the places where a search or seizure is done when the request
 * names no street address for it: a warrant names the place, and the police do not choose it.
 *
 * @param measures indexes into the request's measures; empty means every measure of the request
 * @param places the address the judge names for a measure the request gives none for
 */
public record Authorisation(List<AuthorisedOfficial> foreignOfficials, List<Integer> measures, String conditions,
        List<AuthorisedPlace> places) {

    public static final Authorisation NONE = new Authorisation(List.of(), List.of(), null);
    /** The lengths the request schema allows an address line and a city. */
    static final int ADDRESS_TEXT = 500;
    static final int CITY_TEXT = 200;

    public Authorisation {
        // nulls inside the lists are kept, so that defects() can point at them
        foreignOfficials = foreignOfficials == null ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(foreignOfficials));
        measures = measures == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(measures));
        places = places == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(places));
    }

    public Authorisation(List<AuthorisedOfficial> foreignOfficials, List<Integer> measures, String conditions) {
        this(foreignOfficials, measures, conditions, List.of());
    }

    /** The places the judge names for the measure. */
    public List<AuthorisedPlace> placesFor(int measure) {
        return places.stream().filter(p -> p != null && p.measure() != null && p.measure() == measure).toList();
    }

    public boolean covers(int measure) {
        return measures.isEmpty() || measures.contains(measure);
    }

    /** The official of this name and identity document, if the judge named them. */
    public Optional<AuthorisedOfficial> official(String name, String identityDocument) {
        return foreignOfficials.stream()
                .filter(o -> o != null && fold(o.name()).equals(fold(name))
                        && fold(o.identityDocument()).equals(fold(identityDocument)))
                .findFirst();
    }

    /** Defects by JSON pointer under {@code /authorisation}. */
    List<ProposalDefect> defects() {
        List<ProposalDefect> defects = new ArrayList<>();
        for (int i = 0; i < foreignOfficials.size(); i++) {
            AuthorisedOfficial official = foreignOfficials.get(i);
            String at = "/authorisation/foreignOfficials/" + i;
            if (official == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (isBlank(official.name())) {
                defects.add(new ProposalDefect(at + "/name", "a foreign official is authorised by name"));
            }
            if (isBlank(official.function())) {
                defects.add(new ProposalDefect(at + "/function", "a foreign official is authorised with their function"));
            }
            if (isBlank(official.identityDocument())) {
                defects.add(new ProposalDefect(at + "/identityDocument",
                        "a foreign official is authorised with an identity document"));
            }
            if (!AuthorisedOfficial.OBSERVER.equals(official.role())) {
                defects.add(new ProposalDefect(at + "/role",
                        "a foreign official may only observe (OBSERVER): ROG-FOREIGN-OFFICIALS-NAMED"));
            }
        }
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i) == null || measures.get(i) < 0) {
                defects.add(new ProposalDefect("/authorisation/measures/" + i,
                        "is the index of a measure of the request"));
            }
        }
        for (int i = 0; i < places.size(); i++) {
            AuthorisedPlace place = places.get(i);
            String at = "/authorisation/places/" + i;
            if (place == null) {
                defects.add(new ProposalDefect(at, "is required"));
                continue;
            }
            if (place.measure() == null || place.measure() < 0) {
                defects.add(new ProposalDefect(at + "/measure", "is the index of a measure of the request"));
            } else if (!covers(place.measure())) {
                defects.add(new ProposalDefect(at + "/measure", "is a measure this authorisation does not cover"));
            }
            if (isBlank(place.address()) || place.address().length() > ADDRESS_TEXT
                    || !StreetAddress.namesOneBuilding(new Address(null, place.city(), place.address()))) {
                defects.add(new ProposalDefect(at + "/address",
                        "a place is authorised by its street and one house number (one building, at most "
                                + ADDRESS_TEXT + " characters)"));
            }
            if (isBlank(place.city()) || place.city().length() > CITY_TEXT) {
                defects.add(new ProposalDefect(at + "/city", "a place is authorised with its city (at most "
                        + CITY_TEXT + " characters)"));
            }
        }
        return defects;
    }

    /** Names and document numbers compared without case, accents or extra spaces. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A foreign official the judge allows to be present, as an observer and nothing else: a role
     * other than {@link #OBSERVER} is a defect of the decision, never a wider authorisation.
     */
    public record AuthorisedOfficial(String name, String function, String identityDocument, String role) {

        public static final String OBSERVER = "OBSERVER";

        public AuthorisedOfficial {
            role = role == null ? OBSERVER : role;
        }
    }

    /** The building where the judge authorises a measure to be done, which the request did not name. */
    public record AuthorisedPlace(Integer measure, String address, String city) {
    }
}
