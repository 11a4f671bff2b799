package org.rogatory.screening.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.AuthorityKind;
import org.rogatory.intake.domain.CooperationRequest.Channel;
import org.rogatory.intake.domain.CooperationRequest.ForeignOfficial;
import org.rogatory.intake.domain.CooperationRequest.Instrument;
import org.rogatory.intake.domain.CooperationRequest.LegalBasis;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.intake.domain.CooperationRequest.Premises;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;

/** Readable test data for screening rules: requests, register entries, profiles, decisions, history. */
final class Fixtures {

    static final String FACTS = "The suspect is alleged to have moved the proceeds of a fraud through several"
            + " accounts opened for that purpose in the names of companies without any activity, between 2019"
            + " and 2021, and to have used them to buy real estate; the bank records are needed to trace them.";

    private Fixtures() {
    }

    /** A plain, complete request from {@code state} with no person, measure or organisation yet. */
    static Req request(String state) {
        return new Req(state);
    }

    static final class Req {
        private final String state;
        private String reference = "REF-1";
        private String facts = FACTS;
        private final List<Person> persons = new ArrayList<>();
        private final List<Offence> offences = new ArrayList<>(
                List.of(offence(OffenceCategory.FRAUD, "Fraud against investors by fictitious schemes")));
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Measure> measures = new ArrayList<>();
        private final List<ForeignOfficial> officials = new ArrayList<>();
        private final List<String> related = new ArrayList<>();

        private Req(String state) {
            this.state = state;
        }

        Req reference(String value) {
            reference = value;
            return this;
        }

        Req facts(String value) {
            facts = value;
            return this;
        }

        Req person(Person person) {
            persons.add(person);
            return this;
        }

        Req offences(Offence... values) {
            offences.clear();
            offences.addAll(Arrays.asList(values));
            return this;
        }

        Req organisation(Organisation organisation) {
            organisations.add(organisation);
            return this;
        }

        Req measure(Measure measure) {
            measures.add(measure);
            return this;
        }

        Req official(ForeignOfficial official) {
            officials.add(official);
            return this;
        }

        Req related(String reference) {
            related.add(reference);
            return this;
        }

        CooperationRequest build() {
            return new CooperationRequest(reference, LocalDate.of(2025, 1, 2), Channel.DIPLOMATIC, state,
                    new CooperationRequest.RequestingAuthority("Prosecutor General", AuthorityKind.PROSECUTOR),
                    List.of(new LegalBasis(Instrument.UNCAC, "46", null)), offences, facts, persons, organisations,
                    measures, officials, null, false, false, related);
        }
    }

    static Person person(String ref, PersonRole role, String birthDate, String profession, String... names) {
        return new Person(ref, role, Arrays.stream(names).map(n -> new PersonName(n, null, null, null)).toList(),
                birthDate, List.of(), profession, List.of(new Address("BE", "Brussels", null)));
    }

    static Person suspect(String name, String birthDate) {
        return person("p1", PersonRole.SUSPECT, birthDate, null, name);
    }

    static Person abroad(Person person) {
        return new Person(person.ref(), person.role(), person.names(), person.birthDate(), person.nationalities(),
                person.profession(), List.of(new Address("XX", "Elsewhere", null)));
    }

    static Offence offence(OffenceCategory category, String description) {
        return new Offence(description, category, null, 10, false, null, null, null);
    }

    static Offence capital(Boolean assurance) {
        return new Offence("Trafficking of heroin in large quantities", OffenceCategory.DRUGS, null, null, true,
                assurance, null, null);
    }

    static Measure measure(MeasureType type, String personRef, Premises premises) {
        return new Measure(type, personRef, premises, null, null, List.of(), null);
    }

    static Organisation organisation(String ref, String name, OrganisationRole role, String stateLinkedTo) {
        return new Organisation(ref, name, role, "XX", stateLinkedTo);
    }

    static RegisterEntry entry(String id, String categories, String birthDate, String persecutingStates,
            String... names) {
        return new RegisterEntry(id, split(categories), List.of(names), birthDate, split(persecutingStates),
                split(persecutingStates), "2015", null);
    }

    static CountryProfile profile(String iso2, Integer cpi, FreedomStatus status, Integer score,
            DeathPenaltyStatus deathPenalty, Boolean treaty) {
        return new CountryProfile(iso2, iso2, cpi, status, score, deathPenalty, treaty, null);
    }

    static PriorDecision decision(String id, PriorDecision.Kind kind, String decidedIn, String concerning,
            String... names) {
        return new PriorDecision(id, kind, decidedIn, "An authority", LocalDate.of(2020, 1, 1), concerning,
                List.of(names), "A summary.");
    }

    static EarlierRequest earlier(String id, String state, String judge, CooperationRequest request) {
        return new EarlierRequest(id, state, judge, request);
    }

    /** A context over the given reference data, matched by {@link FakeMatcher} with these spelling variants. */
    static Ctx context(CooperationRequest request) {
        return new Ctx(request);
    }

    static final class Ctx {
        private final CooperationRequest request;
        private final List<RegisterEntry> register = new ArrayList<>();
        private final List<CountryProfile> countries = new ArrayList<>();
        private final List<PriorDecision> decisions = new ArrayList<>();
        private final List<EarlierRequest> history = new ArrayList<>();
        private Map<String, String> variants = Map.of();
        private ScreeningConfig config = ScreeningConfig.defaults();

        private Ctx(CooperationRequest request) {
            this.request = request;
        }

        Ctx register(RegisterEntry... entries) {
            register.addAll(Arrays.asList(entries));
            return this;
        }

        Ctx country(CountryProfile profile) {
            countries.add(profile);
            return this;
        }

        Ctx decisions(PriorDecision... values) {
            decisions.addAll(Arrays.asList(values));
            return this;
        }

        Ctx history(EarlierRequest... values) {
            history.addAll(Arrays.asList(values));
            return this;
        }

        Ctx variants(Map<String, String> values) {
            variants = values;
            return this;
        }

        Ctx config(ScreeningConfig value) {
            config = value;
            return this;
        }

        ScreeningContext build() {
            return new ScreeningContext(request, ReferenceData.of(register, countries, decisions, history,
                    FakeMatcher.factory(variants)), config);
        }

        List<Finding> findings(ScreeningRule rule) {
            return rule.findingsFor(build());
        }

        List<FindingCode> codes(ScreeningRule rule) {
            return findings(rule).stream().map(Finding::code).toList();
        }
    }

    private static List<String> split(String list) {
        return list == null || list.isBlank() ? List.of() : List.of(list.split("\\|"));
    }
}
