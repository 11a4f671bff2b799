package org.rogatory.transmission.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.screening.domain.PersonsConcerned;

/**
 * Who must be notified before the remedy period can run (EIO-14-1): every person or organisation a
 * measure of the request concerns: the one it names, and whoever lives at the address it is done at
 * ({@link PersonsConcerned}). Where no measure names anyone, any one person or organisation of
 * the request will do, as nothing says which of them the measures concern. A notification counts
 * only when it names someone of the request, by reference or by one of the names the request gives:
 * notifying a stranger starts no remedy period for anyone.
 */
public final class PersonsToNotify {

    /** A person or organisation of the request. */
    public record Concerned(String ref, String name) {
    }

    private final List<Concerned> everyone;
    private final List<Concerned> required;
    /** By reference, every name the request gives, folded. */
    private final Map<String, Set<String>> names;

    private PersonsToNotify(List<Concerned> everyone, List<Concerned> required, Map<String, Set<String>> names) {
        this.everyone = List.copyOf(everyone);
        this.required = List.copyOf(required);
        this.names = Map.copyOf(names);
    }

    public static PersonsToNotify of(CooperationRequest request) {
        List<Concerned> everyone = new ArrayList<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (Person person : request.persons()) {
            everyone.add(new Concerned(person.ref(), person.displayName()));
            names.put(person.ref(), person.names().stream().map(n -> folded(n.full())).collect(Collectors.toSet()));
        }
        for (Organisation organisation : request.organisations()) {
            everyone.add(new Concerned(organisation.ref(), organisation.name()));
            names.put(organisation.ref(), Set.of(folded(organisation.name())));
        }
        Set<String> concerned = new LinkedHashSet<>();
        for (Measure measure : request.measures()) {
            if (measure.personRef() != null) {
                concerned.add(measure.personRef());
            }
            PersonsConcerned.by(request, measure).forEach(person -> concerned.add(person.ref()));
        }
        return new PersonsToNotify(everyone, everyone.stream().filter(c -> concerned.contains(c.ref())).toList(), names);
    }

    /** Everyone of the request, whom a notification may name. */
    public List<Concerned> everyone() {
        return everyone;
    }

    /**
     * The person or organisation a notification names, by its reference or one of the request's names
     * for it (case, accents and punctuation aside).
     */
    public Optional<Concerned> named(String person) {
        String wanted = folded(person);
        Optional<Concerned> byRef = everyone.stream().filter(c -> folded(c.ref()).equals(wanted)).findFirst();
        return byRef.isPresent() ? byRef
                : everyone.stream().filter(c -> names.getOrDefault(c.ref(), Set.of()).contains(wanted)).findFirst();
    }

    /**
     * Those still to be notified, given whom the notifications so far name; empty when none is missing.
     * Where no measure names anyone and nobody is notified yet, everyone: any one of them will do.
     */
    public List<Concerned> notYetNotified(List<String> notified) {
        Set<String> refs = new LinkedHashSet<>();
        notified.forEach(person -> named(person).ifPresent(c -> refs.add(c.ref())));
        if (required.isEmpty()) {
            return refs.isEmpty() ? everyone : List.of();
        }
        return required.stream().filter(c -> !refs.contains(c.ref())).toList();
    }

    private static String folded(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
