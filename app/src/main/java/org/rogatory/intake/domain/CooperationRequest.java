package org.rogatory.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An incoming judicial cooperation request as registered at intake ({@code request.schema.json}).
 * Plain values only: parsing and schema validation happen in the intake adapter, so every
 * instance here has already passed them. Absent lists are empty, never null.
 */
public record CooperationRequest(
        String foreignReference,
        LocalDate receivedOn,
        Channel channel,
        String requestingState,
        RequestingAuthority requestingAuthority,
        List<LegalBasis> legalBasis,
        List<Offence> offences,
        String facts,
        List<Person> persons,
        List<Organisation> organisations,
        List<Measure> measures,
        List<ForeignOfficial> foreignOfficials,
        LocalDate deadline,
        boolean urgent,
        boolean confidentialityRequested,
        List<String> relatedReferences) {

    public CooperationRequest {
        legalBasis = Lists.orEmpty(legalBasis);
        offences = Lists.orEmpty(offences);
        facts = facts == null ? "" : facts;
        persons = Lists.orEmpty(persons);
        organisations = Lists.orEmpty(organisations);
        measures = Lists.orEmpty(measures);
        foreignOfficials = Lists.orEmpty(foreignOfficials);
        relatedReferences = Lists.orEmpty(relatedReferences);
    }

    public Optional<Person> person(String ref) {
        return persons.stream().filter(p -> p.ref().equals(ref)).findFirst();
    }

    public Optional<Organisation> organisation(String ref) {
        return organisations.stream().filter(o -> o.ref().equals(ref)).findFirst();
    }

    public boolean requestsCoerciveMeasure() {
        return measures.stream().anyMatch(Measure::isCoercive);
    }

    public enum Channel { CENTRAL_AUTHORITY, DIPLOMATIC, DIRECT_JUDICIAL, INTERPOL, EUROJUST, EJN }

    public record RequestingAuthority(String name, AuthorityKind kind) {}

    public enum AuthorityKind { PROSECUTOR, COURT, INVESTIGATOR, POLICE, MINISTRY, OTHER }

    public record LegalBasis(Instrument instrument, String article, String title) {}

    public enum Instrument { UNCAC, UNTOC, ECMA_1959, ECMA_1959_AP2, EIO_DIRECTIVE, BILATERAL, RECIPROCITY, OTHER }

    public record Offence(
            String description,
            OffenceCategory category,
            String legalQualification,
            Integer maxPenaltyYears,
            Boolean deathPenaltyPossible,
            Boolean deathPenaltyAssurance,
            LocalDate from,
            LocalDate to) {

        public boolean deathPenaltyStatedPossible() {
            return Boolean.TRUE.equals(deathPenaltyPossible);
        }

        public boolean deathPenaltyAssured() {
            return Boolean.TRUE.equals(deathPenaltyAssurance);
        }
    }

    public enum OffenceCategory {
        CORRUPTION, EMBEZZLEMENT, FRAUD, MONEY_LAUNDERING, TAX, ORGANISED_CRIME, TERRORISM, EXTREMISM,
        PUBLIC_ORDER, INSULT_OF_OFFICIALS, DEFAMATION, DRUGS, VIOLENCE, SEXUAL, CYBER, TRAFFICKING, OTHER
    }

    public record Person(
            String ref,
            PersonRole role,
            List<PersonName> names,
            String birthDate,
            List<String> nationalities,
            String profession,
            List<Address> addresses) {

        public Person {
            names = Lists.orEmpty(names);
            nationalities = Lists.orEmpty(nationalities);
            addresses = Lists.orEmpty(addresses);
        }

        /** The first name form given, which the requesting state uses for the person. */
        public String displayName() {
            return names.isEmpty() ? ref : names.get(0).full();
        }

        public boolean livesIn(String country) {
            return addresses.stream().anyMatch(a -> country.equals(a.country()));
        }
    }

    public enum PersonRole { SUSPECT, ACCUSED, WITNESS, VICTIM, HOLDER, OTHER }

    public record PersonName(String full, String given, String family, String script) {}

    public record Address(String country, String city, String line) {}

    public record Organisation(
            String ref, String name, OrganisationRole role, String country, String stateLinkedTo) {}

    public enum OrganisationRole { COMPLAINANT, CIVIL_PARTY, ACCOUNT_HOLDER, SUSPECT, OTHER }

    public record Measure(
            MeasureType type,
            String personRef,
            Premises premises,
            Address address,
            Boolean underCompulsion,
            List<String> questions,
            String details) {

        public Measure {
            questions = Lists.orEmpty(questions);
        }

        /** Coercive measures need an investigating judge (DESIGN.md §3). */
        public boolean isCoercive() {
            return switch (type) {
                case SEARCH, SEIZURE, INTERCEPTION, ASSET_FREEZE -> true;
                case HEARING, VIDEO_HEARING -> Boolean.TRUE.equals(underCompulsion);
                default -> false;
            };
        }

        public boolean entersPremises() {
            return type == MeasureType.SEARCH || type == MeasureType.SEIZURE;
        }
    }

    public enum MeasureType {
        HEARING, VIDEO_HEARING, SEARCH, SEIZURE, BANK_INFORMATION, INTERCEPTION, SERVICE_OF_DOCUMENTS,
        ASSET_FREEZE, DOCUMENT_PRODUCTION, OTHER
    }

    public enum Premises { HOME, OFFICE, LAW_OFFICE, NEWSROOM, MEDICAL_PRACTICE, VEHICLE, DATA_CARRIER, OTHER }

    public record ForeignOfficial(String name, String function, String identityDocument, RequestedRole requestedRole) {

        /** Named and with a function: the least the judge needs before considering presence. */
        public boolean isIdentified() {
            return notBlank(name) && notBlank(function);
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }

    public enum RequestedRole { OBSERVE, ASSIST, ASK_QUESTIONS }

    private static final class Lists {
        static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }
}
