package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.intake.domain.CooperationRequest.Premises;

/** Readings of a request that several rules share. */
final class Requests {

    /** How a measure's details name premises under professional secrecy, accents removed, lower case. */
    private static final Map<Premises, Pattern> NAMED_PREMISES = new EnumMap<>(Map.of(
            Premises.LAW_OFFICE, Pattern.compile("(?<!\\p{L})(?:law (?:firm|office|practice|chambers)"
                    + "|(?:lawyer|attorney|solicitor|barrister)s?'?s?'? (?:office|chambers|firm)|cabinet d'avocat"
                    + "|cabinet de (?:maitre|me)\\b|(?:rechts)?(?:anwalts)?kanzlei|advocatenkantoor|studio legale"
                    + "|despacho de abogados|bufete|адвокатск\\p{L}* (?:бюро|контор|кабинет|образован))"),
            Premises.NEWSROOM, Pattern.compile("(?<!\\p{L})(?:newsroom|editorial (?:office|department|board|premises)"
                    + "|redaction|redaktion|redactie|редакци)"),
            Premises.MEDICAL_PRACTICE, Pattern.compile("(?<!\\p{L})(?:medical (?:practice|office|centre|center)"
                    + "|(?:doctor|physician|dentist)s?'?s?'? (?:practice|office|surgery)|clinic|hospital|hopital"
                    + "|centre hospitalier|patient\\p{L}*dossier|patient'?s? (?:file|record)|medical (?:file|record)"
                    + "|dossier (?:medical|du patient)|medisch dossier|krankenakte|patientenakte"
                    + "|cabinet medical|\\p{L}*arztpraxis|huisartsenpraktijk|ziekenhuis|krankenhaus|клиник|больниц"
                    + "|поликлиник)")));

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

    /**
     * The premises a measure concerns: as declared, unless declared as an ordinary office, other premises or
     * none while its details or the name of the organisation it targets say a law firm, a newsroom or a
     * medical practice ("Cabinet d'avocats Lemaire & Associés" asked for a client file).
     */
    static Premises premisesOf(CooperationRequest request, Measure measure) {
        Premises declared = measure.premises();
        if (declared != null && declared != Premises.OFFICE && declared != Premises.OTHER) {
            return declared;
        }
        return named(measure.details()).or(() -> named(targetedOrganisation(request, measure))).orElse(declared);
    }

    /** Where the premises {@link #premisesOf} found for a measure are said: its premises, details or target. */
    static String premisesPointer(int measure, Measure m, Premises found) {
        String at = "/measures/" + measure;
        if (found == m.premises()) {
            return at + "/premises";
        }
        return named(m.details()).filter(found::equals).isPresent() ? at + "/details" : at + "/personRef";
    }

    private static Optional<Premises> named(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = NameSpotter.fold(text);
        return NAMED_PREMISES.entrySet().stream().filter(e -> e.getValue().matcher(folded).find())
                .map(Map.Entry::getKey).findFirst();
    }

    private static String targetedOrganisation(CooperationRequest request, Measure measure) {
        return measure.personRef() == null ? null
                : request.organisation(measure.personRef()).map(Organisation::name).orElse(null);
    }

    private static boolean sameStreet(Address a, Address b) {
        StreetAddress first = StreetAddress.of(a);
        StreetAddress second = StreetAddress.of(b);
        boolean sameCity = a.city() == null || a.city().isBlank() || b.city() == null || b.city().isBlank()
                || CityNames.same(a.city(), b.city());
        return sameCity && first != null && second != null && first.samePlaceAs(second);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
