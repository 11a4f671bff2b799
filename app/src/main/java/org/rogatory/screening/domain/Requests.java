package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.List;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;

/** Readings of a request that several rules share. */
final class Requests {

    private Requests() {
    }

    /** JSON pointer of a person of the request. */
    static String pointer(CooperationRequest request, Person person) {
        return "/persons/" + request.persons().indexOf(person);
    }

    /** "'Dinara Kuanishbaeva' (p1, SUSPECT, born 1976-03-14)": who a person-level finding is about. */
    static String label(Person person) {
        return "'" + person.displayName() + "' (" + person.ref() + (person.role() == null ? "" : ", " + person.role())
                + (person.birthDate() == null ? "" : ", born " + person.birthDate()) + ")";
    }

    /**
     * The persons a measure concerns: the one it names, and anyone whose address is the measure's
     * (same street line and city), since a search of a home concerns whoever lives there.
     */
    static List<Person> personsConcerned(CooperationRequest request, Measure measure) {
        List<Person> concerned = new ArrayList<>();
        if (measure.personRef() != null) {
            request.person(measure.personRef()).ifPresent(concerned::add);
        }
        if (measure.address() != null && notBlank(measure.address().line())) {
            for (Person person : request.persons()) {
                if (!concerned.contains(person)
                        && person.addresses().stream().anyMatch(a -> sameStreet(a, measure.address()))) {
                    concerned.add(person);
                }
            }
        }
        return concerned;
    }

    /**
     * Whom the request is aimed at: a suspect or accused, or anyone a coercive measure concerns.
     * A witness heard voluntarily is not targeted.
     */
    static List<Person> targets(CooperationRequest request) {
        List<Person> targets = new ArrayList<>();
        for (Person person : request.persons()) {
            if (person.role() == PersonRole.SUSPECT || person.role() == PersonRole.ACCUSED) {
                targets.add(person);
            }
        }
        for (Measure measure : request.measures()) {
            if (measure.isCoercive()) {
                personsConcerned(request, measure).stream().filter(p -> !targets.contains(p)).forEach(targets::add);
            }
        }
        return targets;
    }

    /** Whether the person lives in {@code state}: an address there, or a measure on premises there. */
    static boolean livesIn(CooperationRequest request, Person person, String state) {
        if (person.livesIn(state)) {
            return true;
        }
        return request.measures().stream()
                .filter(m -> person.ref().equals(m.personRef()) && m.address() != null)
                .anyMatch(m -> state.equals(m.address().country()));
    }

    private static boolean sameStreet(Address a, Address b) {
        StreetAddress first = StreetAddress.of(a);
        StreetAddress second = StreetAddress.of(b);
        return first != null && second != null && first.samePlaceAs(second);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
