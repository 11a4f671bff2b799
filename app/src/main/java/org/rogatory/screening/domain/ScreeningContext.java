package org.rogatory.screening.domain;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.matching.Candidate;
import org.rogatory.matching.NameMatcher;
import org.rogatory.matching.NameQuery;
import org.rogatory.matching.RegisterEntry;

/**
 * Everything a screening rule may look at: the request, the reference data and the configuration.
 * Screening is a pure function of this value. The name look-ups that several rules share (which
 * register entries, decisions and earlier requests a person may be in; which names the free text
 * mentions) are computed once, on first use; a context serves one screening on one thread.
 */
public final class ScreeningContext {

    /** The score from which a word alone in the text meets a name in a script that writes fewer sounds. */
    static final double WORD_ALONE_ACROSS_SCRIPTS = 0.95;
    /** Scripts that write every sound, vowels too: a name passes between them with little lost. */
    private static final Set<UnicodeScript> ALPHABETS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.GREEK, UnicodeScript.ARMENIAN, UnicodeScript.GEORGIAN);

    /** Where a name was found in a text that is not part of the request, such as a seized document. */
    private static final String GATHERED_TEXT = "text";

    private final CooperationRequest request;
    private final ReferenceData reference;
    private final ScreeningConfig config;

    private final Map<String, List<RegisterHit>> registerHits = new HashMap<>();
    private final Map<String, List<DecisionHit>> decisionHits = new HashMap<>();
    private final Map<String, List<HistoryHit>> historyHits = new HashMap<>();
    private final Map<String, List<RegisterEntry>> decisionSubjects = new HashMap<>();
    private final Map<NameMatcher, Map<NameQuery, List<Candidate>>> answers = new IdentityHashMap<>();
    private List<TextMention> mentions;

    /** The request alone, without any reference data: only rules that need nothing else find something. */
    public ScreeningContext(CooperationRequest request) {
        this(request, ReferenceData.none(), ScreeningConfig.defaults());
    }

    public ScreeningContext(CooperationRequest request, ReferenceData reference, ScreeningConfig config) {
        this.request = Objects.requireNonNull(request, "request");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.config = Objects.requireNonNull(config, "config");
    }

    public CooperationRequest request() {
        return request;
    }

    public ReferenceData reference() {
        return reference;
    }

    public ScreeningConfig config() {
        return config;
    }

    CountryProfile requestingState() {
        return reference.country(request.requestingState());
    }

    /**
     * Register entries that may be this person, best first. An entry born a generation apart is a
     * namesake. A person whose birth date is known to the day is also looked up by family name alone,
     * and an entry with that family name and the very same birth date is taken as the person: given
     * names come as diminutives and initials ("Bota" for "Botagoz").
     */
    List<RegisterHit> registerHits(Person person) {
        return registerHits.computeIfAbsent(person.ref(), ref -> {
            Map<String, RegisterHit> hits = new LinkedHashMap<>();
            for (NameHit hit : match(reference.registerMatcher(), queries(person))) {
                reference.registerEntry(hit.id())
                        .filter(e -> !BirthDates.anotherPerson(e.birthDate(), person.birthDate()))
                        .ifPresent(entry -> hits.put(entry.id(), new RegisterHit(entry, hit)));
            }
            if (BirthDates.isFullDate(person.birthDate())) {
                List<NameQuery> families = familyNames(person).stream()
                        .map(f -> new NameQuery(f, person.birthDate(), null)).toList();
                for (NameHit hit : match(reference.registerFamilyNameMatcher(), families)) {
                    reference.registerEntry(hit.id())
                            .filter(e -> person.birthDate().strip().equals(e.birthDate()))
                            .filter(e -> !hits.containsKey(e.id()))
                            .ifPresent(entry -> hits.put(entry.id(), new RegisterHit(entry, withFullName(hit,
                                    entry.names(), "family name alone, same birth date " + entry.birthDate()))));
                }
            }
            return List.copyOf(hits.values());
        });
    }

    /**
     * Prior decisions that may concern this person: by the decision's names directly, or through a
     * register entry the person matches. Decisions carry no birth date; one whose names belong only
     * to register persons born on another date than this person is about someone else.
     */
    List<DecisionHit> decisionHits(Person person) {
        return decisionHits.computeIfAbsent(person.ref(),
                ref -> decisionsFor(queries(person), person.birthDate(), registerHits(person)));
    }

    /** Persons of earlier requests here who may be this person (not a namesake a generation apart), best first. */
    List<HistoryHit> historyHits(Person person) {
        return historyHits.computeIfAbsent(person.ref(), ref -> historyFor(queries(person)).stream()
                .filter(h -> !BirthDates.anotherPerson(h.person().birthDate(), person.birthDate()))
                .toList());
    }

    /**
     * Names in the free text that are not the request's own persons and that the matcher found in
     * the register, the decisions or the history. Spans are tried longest first; the words of a
     * span that met someone are not tried again on their own.
     */
    List<TextMention> mentions() {
        if (mentions == null) {
            mentions = mentionsIn(freeTexts());
        }
        return mentions;
    }

    /**
     * The register entries a text gathered for the request names (a document seized in its
     * execution), spotted and matched as in the request's own free text, its persons left out: one
     * per entry, with the mention that met it best.
     */
    public List<NameInText> protectedPersonsNamedIn(String text) {
        if (text == null) {
            return List.of();
        }
        Map<String, NameInText> best = new LinkedHashMap<>();
        for (TextMention mention : mentionsIn(Map.of(GATHERED_TEXT, text))) {
            for (RegisterHit hit : mention.register()) {
                NameInText named = new NameInText(mention.name(), hit.entry().id(), hit.hit().matchedName(),
                        hit.hit().score());
                best.merge(named.registerId(), named, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return List.copyOf(best.values());
    }

    /** The year the request was received, which its texts were written by; null when it does not say. */
    private Integer writtenIn() {
        return request.receivedOn() == null ? null : request.receivedOn().getYear();
    }

    private List<TextMention> mentionsIn(Map<String, String> texts) {
        NameMatcher requestPersons = reference.matchers().over(ReferenceData.asEntries(request.persons(), Person::ref));
        Set<String> known = idsKnownFromPersons();
        List<TextMention> found = new ArrayList<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (NameSpotter.Run run : NameSpotter.runs(text.getValue(), kindOf(text.getKey()))) {
                String birthDate = BirthDates.after(text.getValue(), run.end(), writtenIn()).orElse(null);
                List<String> claimed = new ArrayList<>();
                for (String span : run.spans()) {
                    if (claimed.stream().anyMatch(c -> (" " + c + " ").contains(" " + span + " "))
                            || !span.contains(" ") && reference.isCountryName(span)) {
                        continue;
                    }
                    List<NameQuery> query = List.of(new NameQuery(span, birthDate, null));
                    if (!match(requestPersons, query).isEmpty()) {
                        claimed.add(span);
                        continue;
                    }
                    boolean oneWord = !span.contains(" ");
                    // a word alone meets the register's full names (the matcher reads it as a family name
                    // when few names carry it) and, for a one-word span, its family names on their own
                    Map<String, RegisterHit> byEntry = new LinkedHashMap<>();
                    for (NameHit hit : match(reference.registerMatcher(), query)) {
                        if (oneWord && !wordAloneMeets(span, hit)) {
                            continue;
                        }
                        reference.registerEntry(hit.id())
                                .filter(e -> !BirthDates.anotherPerson(e.birthDate(), birthDate))
                                .ifPresent(e -> byEntry.put(e.id(), new RegisterHit(e, hit)));
                    }
                    if (oneWord) {
                        for (NameHit hit : match(reference.registerFamilyNameMatcher(), query)) {
                            if (!wordAloneMeets(span, hit)) {
                                continue;
                            }
                            reference.registerEntry(hit.id())
                                    .filter(e -> !BirthDates.anotherPerson(e.birthDate(), birthDate))
                                    .filter(e -> !byEntry.containsKey(e.id())
                                            || byEntry.get(e.id()).hit().score() < hit.score())
                                    .ifPresent(e -> byEntry.put(e.id(), new RegisterHit(e,
                                            withFullName(hit, e.names(), "family name alone"))));
                        }
                    }
                    List<RegisterHit> register = new ArrayList<>(byEntry.values());
                    List<DecisionHit> decisions = oneWord
                            ? familyNameDecisions(query, register) : decisionsFor(query, birthDate, register);
                    List<HistoryHit> history = oneWord ? List.of() : historyFor(query).stream()
                            .filter(h -> !BirthDates.anotherPerson(h.person().birthDate(), birthDate))
                            .toList();
                    if (register.isEmpty() && decisions.isEmpty() && history.isEmpty()) {
                        continue;
                    }
                    claimed.add(span);
                    if (register.stream().anyMatch(h -> known.contains(h.entry().id()))) {
                        continue;
                    }
                    found.add(new TextMention(span, text.getKey(), birthDate, List.copyOf(register),
                            decisions.stream().filter(d -> !known.contains(d.decision().id())).toList(),
                            history.stream().filter(h -> !known.contains(historyKey(h))).toList()));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * A word alone meets a name written in a script that writes fewer sounds than its own (Chinese,
     * Korean, Japanese, Arabic, Hebrew) only when it sounds all but the same: the sounds such a script
     * leaves out let a common word (Thames, London) meet a family name written in it about as well as a
     * misspelling (Abyazov) meets one in an alphabet (Аблязов).
     */
    private static boolean wordAloneMeets(String word, NameHit hit) {
        String name = hit.candidate().matchedName();
        if (hit.score() >= WORD_ALONE_ACROSS_SCRIPTS || name == null || name.isEmpty() || word.isEmpty()) {
            return true;
        }
        UnicodeScript written = UnicodeScript.of(word.codePointAt(0));
        UnicodeScript registered = UnicodeScript.of(name.codePointAt(0));
        return written == registered || ALPHABETS.contains(written) && ALPHABETS.contains(registered);
    }

    /** Decisions whose names have this family name, or that concern a register entry it met. */
    private List<DecisionHit> familyNameDecisions(List<NameQuery> familyName, List<RegisterHit> viaRegister) {
        Map<String, DecisionHit> byId = new LinkedHashMap<>();
        for (NameHit hit : match(reference.decisionFamilyNameMatcher(), familyName)) {
            if (!wordAloneMeets(hit.queriedName(), hit)) {
                continue;
            }
            reference.decision(hit.id()).ifPresent(d -> byId.put(d.id(),
                    new DecisionHit(d, withFullName(hit, d.names(), "family name alone"), null)));
        }
        decisionsFor(List.of(), null, viaRegister).forEach(d -> byId.putIfAbsent(d.decision().id(), d));
        return List.copyOf(byId.values());
    }

    /** A hit on a family name, shown with the full name it belongs to and how it was found. */
    private static NameHit withFullName(NameHit hit, List<String> names, String how) {
        var candidate = hit.candidate();
        String explanation = (candidate.explanation() == null ? "" : candidate.explanation() + "; ") + how;
        return new NameHit(hit.queriedName(), new Candidate(candidate.registerId(),
                candidate.score(), ReferenceData.fullNameWithFamilyName(names, candidate.matchedName()), explanation));
    }

    /** The family name of each form of the person's name: as given, or the last word of the full form. */
    private static List<String> familyNames(Person person) {
        Set<String> families = new LinkedHashSet<>();
        for (PersonName name : person.names()) {
            if (notBlank(name.family())) {
                families.add(name.family().strip());
            } else if (notBlank(name.full())) {
                families.add(ReferenceData.familyName(name.full()));
            }
        }
        return List.copyOf(families);
    }

    /** Register entries, decisions and earlier persons already found for the request's own persons. */
    private Set<String> idsKnownFromPersons() {
        Set<String> known = new HashSet<>();
        for (Person person : request.persons()) {
            registerHits(person).forEach(h -> known.add(h.entry().id()));
            decisionHits(person).forEach(h -> known.add(h.decision().id()));
            historyHits(person).forEach(h -> known.add(historyKey(h)));
        }
        return known;
    }

    private static String historyKey(HistoryHit hit) {
        return hit.earlier().id() + "/" + hit.person().ref();
    }

    private List<DecisionHit> decisionsFor(List<NameQuery> queries, String birthDate, List<RegisterHit> viaRegister) {
        Map<String, DecisionHit> byId = new LinkedHashMap<>();
        for (NameHit hit : match(reference.decisionMatcher(), queries)) {
            reference.decision(hit.id()).filter(d -> !onlyAboutOthers(d, birthDate))
                    .ifPresent(d -> byId.put(d.id(), new DecisionHit(d, hit, null)));
        }
        for (RegisterHit entry : viaRegister) {
            List<NameQuery> registerNames = entry.entry().names().stream().map(NameQuery::of).toList();
            for (NameHit hit : match(reference.decisionMatcher(), registerNames)) {
                reference.decision(hit.id())
                        .filter(d -> subjects(d).isEmpty() || subjects(d).contains(entry.entry()))
                        .ifPresent(d -> byId.putIfAbsent(d.id(), new DecisionHit(d, hit, entry.entry().id())));
            }
        }
        return List.copyOf(byId.values());
    }

    /** The decision names only register persons, and all of them were born a generation from {@code birthDate}. */
    private boolean onlyAboutOthers(PriorDecision decision, String birthDate) {
        List<RegisterEntry> subjects = subjects(decision);
        return birthDate != null && !subjects.isEmpty()
                && subjects.stream().allMatch(e -> BirthDates.anotherPerson(e.birthDate(), birthDate));
    }

    /**
     * The register entries a decision is about, by its names. When its names fit several entries,
     * those protected against the state it concerns are the ones: an asylum, an Interpol deletion or
     * a refusal concerning Tajikistan is the Tajik refugee's, not his namesake's.
     */
    private List<RegisterEntry> subjects(PriorDecision decision) {
        return decisionSubjects.computeIfAbsent(decision.id(), id -> {
            List<RegisterEntry> entries = new ArrayList<>();
            List<NameQuery> names = decision.names().stream().map(NameQuery::of).toList();
            for (NameHit hit : match(reference.registerMatcher(), names)) {
                reference.registerEntry(hit.id()).ifPresent(entries::add);
            }
            List<RegisterEntry> protectedAgainst = entries.stream()
                    .filter(e -> e.persecutingStates().contains(decision.requestingState()))
                    .toList();
            return protectedAgainst.isEmpty() ? entries : protectedAgainst;
        });
    }

    private List<HistoryHit> historyFor(List<NameQuery> queries) {
        List<HistoryHit> hits = new ArrayList<>();
        for (NameHit hit : match(reference.historyMatcher(), queries)) {
            reference.historyPerson(hit.id()).ifPresent(p -> hits.add(new HistoryHit(p.request(), p.person(), hit)));
        }
        return List.copyOf(hits);
    }

    /**
     * The best hit per entry over all queries, at or above the review threshold, best first. The same
     * name is asked of the same matcher once per screening: facts repeat names, and against a large
     * register each question costs.
     */
    private List<NameHit> match(NameMatcher matcher, List<NameQuery> queries) {
        Map<String, NameHit> best = new LinkedHashMap<>();
        for (NameQuery query : queries) {
            List<Candidate> candidates = answers.computeIfAbsent(matcher, m -> new HashMap<>())
                    .computeIfAbsent(query, matcher::match);
            for (Candidate candidate : candidates) {
                if (candidate.score() < config.reviewThreshold()) {
                    continue;
                }
                NameHit hit = new NameHit(query.name(), candidate);
                if (hit.betterThan(best.get(hit.id()))) {
                    best.put(hit.id(), hit);
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(NameHit::score).reversed()).toList();
    }

    /**
     * Each form of the person's name, also as given name + family name when the form written in
     * full carries more (a patronymic, the family name first), once per nationality.
     */
    static List<NameQuery> queries(Person person) {
        Set<String> names = new LinkedHashSet<>();
        for (PersonName name : person.names()) {
            if (notBlank(name.full())) {
                names.add(name.full().trim());
            }
            if (notBlank(name.given()) && notBlank(name.family())) {
                names.add(name.given().trim() + " " + name.family().trim());
            }
        }
        Collection<String> nationalities = person.nationalities().isEmpty()
                ? Collections.singletonList(null) : person.nationalities();
        List<NameQuery> queries = new ArrayList<>();
        for (String name : names) {
            for (String nationality : nationalities) {
                queries.add(new NameQuery(name, person.birthDate(), nationality));
            }
        }
        return queries;
    }

    private static NameSpotter.Text kindOf(String pointer) {
        if (pointer.startsWith("/organisations/")) {
            return NameSpotter.Text.ORGANISATION_NAME;
        }
        return pointer.endsWith("/line") ? NameSpotter.Text.ADDRESS : NameSpotter.Text.RUNNING;
    }

    /** The request's free text by JSON pointer: where names of people other than its persons turn up. */
    Map<String, String> freeTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("/facts", request.facts());
        for (int i = 0; i < request.offences().size(); i++) {
            texts.put("/offences/" + i + "/description", request.offences().get(i).description());
        }
        for (int i = 0; i < request.organisations().size(); i++) {
            texts.put("/organisations/" + i + "/name", request.organisations().get(i).name());
        }
        for (int i = 0; i < request.persons().size(); i++) {
            List<Address> addresses = request.persons().get(i).addresses();
            for (int j = 0; j < addresses.size(); j++) {
                texts.put("/persons/" + i + "/addresses/" + j + "/line", addresses.get(j).line());
            }
        }
        for (int i = 0; i < request.measures().size(); i++) {
            Measure measure = request.measures().get(i);
            texts.put("/measures/" + i + "/details", measure.details());
            if (measure.address() != null) {
                texts.put("/measures/" + i + "/address/line", measure.address().line());
            }
            for (int j = 0; j < measure.questions().size(); j++) {
                texts.put("/measures/" + i + "/questions/" + j, measure.questions().get(j));
            }
        }
        texts.values().removeIf(t -> !notBlank(t));
        return texts;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
