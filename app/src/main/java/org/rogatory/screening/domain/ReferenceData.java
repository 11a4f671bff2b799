package org.rogatory.screening.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.RegisterEntry;

/**
 * The registers a request is screened against: protected persons, country profiles, prior
 * decisions and the requests already handled here, with a name matcher over each list of names.
 * Building the matchers is the costly part, so one instance serves many screenings; history,
 * which changes with every request, can be swapped without rebuilding the others.
 */
public final class ReferenceData {

    private static final String HISTORY_PERSON_SEPARATOR = "/";

    /** A letter alone or followed by a full stop, or several such run together (D.A.). */
    private static final Pattern INITIALS = Pattern.compile("\\p{L}\\.?|(?:\\p{L}\\.){2,3}");

    private final Map<String, RegisterEntry> register;
    private final Map<String, CountryProfile> countries;
    private final Set<String> countryNames;
    private final Map<String, PriorDecision> decisions;
    private final Map<String, EarlierRequest> history;
    private final MatcherFactory matchers;
    private final NameMatcher registerMatcher;
    private final NameMatcher decisionMatcher;
    private final NameMatcher historyMatcher;
    private final Lazy<NameMatcher> registerFamilyNames;
    private final Lazy<NameMatcher> decisionFamilyNames;

    private ReferenceData(Map<String, RegisterEntry> register, Map<String, CountryProfile> countries,
            Map<String, PriorDecision> decisions, Map<String, EarlierRequest> history, MatcherFactory matchers,
            NameMatcher registerMatcher, NameMatcher decisionMatcher) {
        this.register = register;
        this.countries = countries;
        this.countryNames = countries.values().stream().map(CountryProfile::name).filter(Objects::nonNull)
                .map(NameSpotter::fold).collect(Collectors.toSet());
        this.decisions = decisions;
        this.history = history;
        this.matchers = matchers;
        this.registerMatcher = registerMatcher;
        this.decisionMatcher = decisionMatcher;
        this.historyMatcher = matchers.over(historyPersons(history.values()));
        this.registerFamilyNames = new Lazy<>(() -> matchers.over(familyNames(register.values())));
        this.decisionFamilyNames = new Lazy<>(() -> matchers.over(familyNames(decisionNames(decisions.values()))));
    }

    /** Nothing known beyond the request: the rules that need registers find nothing. */
    public static ReferenceData none() {
        return of(List.of(), List.of(), List.of(), List.of(), MatcherFactory.NONE);
    }

    public static ReferenceData of(List<RegisterEntry> register, List<CountryProfile> countries,
            List<PriorDecision> decisions, List<EarlierRequest> history, MatcherFactory matchers) {
        Map<String, RegisterEntry> registerById = byId(register, RegisterEntry::id);
        Map<String, PriorDecision> decisionsById = byId(decisions, PriorDecision::id);
        return new ReferenceData(registerById, byId(countries, CountryProfile::iso2), decisionsById,
                byId(history, EarlierRequest::id), matchers, matchers.over(List.copyOf(registerById.values())),
                matchers.over(decisionNames(decisionsById.values())));
    }

    /** The same registers with another case history (e.g. without the request being screened). */
    public ReferenceData withHistory(List<EarlierRequest> earlierRequests) {
        return new ReferenceData(register, countries, decisions, byId(earlierRequests, EarlierRequest::id), matchers,
                registerMatcher, decisionMatcher);
    }

    public Optional<RegisterEntry> registerEntry(String id) {
        return Optional.ofNullable(register.get(id));
    }

    public int registerSize() {
        return register.size();
    }

    /** The profile of a state, or an all-unknown one when the profiles do not list it. */
    public CountryProfile country(String iso2) {
        CountryProfile profile = countries.get(iso2);
        return profile != null ? profile : CountryProfile.unknown(iso2);
    }

    public boolean hasCountry(String iso2) {
        return countries.containsKey(iso2);
    }

    /** Whether a word is the name of a state in the profiles ("Poland" is a place, not Mr Boland). */
    boolean isCountryName(String word) {
        return countryNames.contains(NameSpotter.fold(word));
    }

    public Optional<PriorDecision> decision(String id) {
        return Optional.ofNullable(decisions.get(id));
    }

    public List<EarlierRequest> history() {
        return List.copyOf(history.values());
    }

    /** The earlier request and the ref of its person, from an id the history matcher returns. */
    Optional<HistoryPerson> historyPerson(String matchedId) {
        int cut = matchedId.lastIndexOf(HISTORY_PERSON_SEPARATOR);
        if (cut < 0) {
            return Optional.empty();
        }
        EarlierRequest earlier = history.get(matchedId.substring(0, cut));
        String ref = matchedId.substring(cut + 1);
        return earlier == null ? Optional.empty()
                : earlier.request().person(ref).map(person -> new HistoryPerson(earlier, person));
    }

    NameMatcher registerMatcher() {
        return registerMatcher;
    }

    NameMatcher decisionMatcher() {
        return decisionMatcher;
    }

    NameMatcher historyMatcher() {
        return historyMatcher;
    }

    /**
     * A matcher over the family names of the register (the last word of each name form), for a
     * person named by family name alone. Built on first use.
     */
    NameMatcher registerFamilyNameMatcher() {
        return registerFamilyNames.get();
    }

    /** The same over the names in decisions. */
    NameMatcher decisionFamilyNameMatcher() {
        return decisionFamilyNames.get();
    }

    /**
     * The family name of a name written whole: the part before a comma (KUANYSHBAYEVA, Dinara), else the
     * one word written in capitals among others that are not (KUANYSHBAYEVA Dinara), else the last word,
     * as registers write names; initials are no family name (Куанышбаева Д. А.).
     */
    static String familyName(String name) {
        String stripped = name.strip();
        int comma = stripped.indexOf(',');
        List<String> words = Arrays.stream((comma > 0 ? stripped.substring(0, comma) : stripped).split("\\s+"))
                .filter(word -> !INITIALS.matcher(word).matches()).toList();
        if (words.isEmpty()) {
            String[] all = stripped.split("\\s+");
            return all[all.length - 1];
        }
        List<String> capitals = words.stream().filter(ReferenceData::writtenInCapitals).toList();
        return capitals.size() == 1 && words.size() > 1 ? capitals.get(0) : words.get(words.size() - 1);
    }

    private static boolean writtenInCapitals(String word) {
        return word.codePointCount(0, word.length()) > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    /** The full name form whose family name the matcher met, for the officer to read. */
    static String fullNameWithFamilyName(List<String> names, String familyName) {
        return names.stream().filter(n -> familyName(n).equals(familyName)).findFirst().orElse(familyName);
    }

    MatcherFactory matchers() {
        return matchers;
    }

    /** A person of an earlier request. */
    record HistoryPerson(EarlierRequest request, Person person) {
    }

    /** The persons of a request as named entries, so the matcher can compare them with other names. */
    static List<RegisterEntry> asEntries(List<Person> persons, Function<Person, String> id) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (Person person : persons) {
            List<String> names = person.names().stream().map(PersonName::full)
                    .filter(n -> n != null && !n.isBlank()).toList();
            if (!names.isEmpty()) {
                entries.add(new RegisterEntry(id.apply(person), List.of(), names, person.birthDate(),
                        person.nationalities(), List.of(), null, null));
            }
        }
        return entries;
    }

    private static List<RegisterEntry> familyNames(Iterable<RegisterEntry> entries) {
        List<RegisterEntry> families = new ArrayList<>();
        for (RegisterEntry entry : entries) {
            List<String> names = entry.names().stream().map(ReferenceData::familyName).distinct().toList();
            families.add(new RegisterEntry(entry.id(), entry.categories(), names, entry.birthDate(),
                    entry.nationalities(), entry.persecutingStates(), entry.since(), entry.note()));
        }
        return families;
    }

    /** A value computed once, on first use, by whichever thread needs it first. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        synchronized T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }

    private static List<RegisterEntry> decisionNames(Iterable<PriorDecision> decisions) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (PriorDecision decision : decisions) {
            entries.add(new RegisterEntry(decision.id(), List.of(), decision.names(), null, List.of(), List.of(),
                    null, null));
        }
        return entries;
    }

    private static List<RegisterEntry> historyPersons(Iterable<EarlierRequest> history) {
        List<RegisterEntry> entries = new ArrayList<>();
        for (EarlierRequest earlier : history) {
            entries.addAll(asEntries(earlier.request().persons(),
                    p -> earlier.id() + HISTORY_PERSON_SEPARATOR + p.ref()));
        }
        return entries;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id " + id.apply(item));
            }
        }
        return map;
    }
}
