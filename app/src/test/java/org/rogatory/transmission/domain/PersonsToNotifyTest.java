package org.rogatory.transmission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest;
import org.rogatory.intake.domain.CooperationRequest.Address;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;
import org.rogatory.transmission.domain.PersonsToNotify.Concerned;

class PersonsToNotifyTest {

    static final Person DINARA = new Person("p1", PersonRole.SUSPECT, List.of(
            new PersonName("Dinara Kuanishbaeva", null, null, "Latn"),
            new PersonName("Динара Куанышбаева", null, null, "Cyrl")), null, List.of(), null, List.of());
    static final Person WITNESS = new Person("p2", PersonRole.WITNESS, List.of(
            new PersonName("Stijn Adriaenssens", null, null, "Latn")), null, List.of(), null, List.of());
    static final Organisation HOLDER = new Organisation("o1", "SARL Transports Delacroix-Mouret",
            OrganisationRole.ACCOUNT_HOLDER, "FR", null);

    static CooperationRequest request(List<Measure> measures) {
        return request(List.of(DINARA, WITNESS), measures);
    }

    static CooperationRequest request(List<Person> persons, List<Measure> measures) {
        return new CooperationRequest("X-1", LocalDate.of(2025, 1, 2), CooperationRequest.Channel.DIPLOMATIC, "XX",
                new CooperationRequest.RequestingAuthority("Prosecutor", CooperationRequest.AuthorityKind.PROSECUTOR),
                List.of(), List.of(), "facts", persons, List.of(HOLDER), measures, List.of(), null, false, false,
                List.of());
    }

    static Measure on(MeasureType type, String personRef) {
        return new Measure(type, personRef, null, null, null, List.of(), null);
    }

    @Test
    void everyoneAMeasureConcernsMustBeNotified() {
        PersonsToNotify toNotify = PersonsToNotify.of(request(List.of(on(MeasureType.SEARCH, "p1"),
                on(MeasureType.BANK_INFORMATION, "o1"), on(MeasureType.SEIZURE, "p1"))));

        assertThat(toNotify.notYetNotified(List.of())).extracting(Concerned::ref).containsExactly("p1", "o1");
        assertThat(toNotify.notYetNotified(List.of("Dinara Kuanishbaeva"))).extracting(Concerned::ref)
                .containsExactly("o1");
        assertThat(toNotify.notYetNotified(List.of("Dinara Kuanishbaeva", "o1"))).isEmpty();
    }

    @Test
    void whoeverLivesWhereTheSearchIsDoneMustBeNotifiedToo() {
        Address home = new Address("BE", "Brussels", "Avenue des Saules 14");
        Person husband = new Person("p3", PersonRole.OTHER, List.of(new PersonName("Arman Kuanishbaev", null, null,
                "Latn")), null, List.of(), null, List.of(new Address("BE", "Brussels", "Av. des Saules 14")));
        PersonsToNotify toNotify = PersonsToNotify.of(request(List.of(DINARA, WITNESS, husband),
                List.of(new Measure(MeasureType.SEARCH, "p1", null, home, null, List.of(), null))));

        assertThat(toNotify.notYetNotified(List.of("p1"))).extracting(Concerned::ref).containsExactly("p3");

        Person elsewhere = new Person("p3", PersonRole.OTHER, husband.names(), null, List.of(), null,
                List.of(new Address("BE", "Antwerpen", "Avenue des Saules 14")));
        assertThat(PersonsToNotify.of(request(List.of(DINARA, elsewhere),
                List.of(new Measure(MeasureType.SEARCH, "p1", null, home, null, List.of(), null))))
                .notYetNotified(List.of("p1"))).as("the same street and number in another city").isEmpty();
    }

    @Test
    void notifyingSomeoneTheMeasuresDoNotConcernNotifiesNobodyTheyDo() {
        PersonsToNotify toNotify = PersonsToNotify.of(request(List.of(on(MeasureType.SEARCH, "p1"))));

        assertThat(toNotify.notYetNotified(List.of("Stijn Adriaenssens", "Someone Else")))
                .containsExactly(new Concerned("p1", "Dinara Kuanishbaeva"));
    }

    @Test
    void whereNoMeasureNamesAnyoneAnyOneOfTheRequestWillDo() {
        PersonsToNotify toNotify = PersonsToNotify.of(request(List.of(on(MeasureType.BANK_INFORMATION, null))));

        assertThat(toNotify.notYetNotified(List.of())).extracting(Concerned::ref).containsExactly("p1", "p2", "o1");
        assertThat(toNotify.notYetNotified(List.of("Someone Else"))).hasSize(3);
        assertThat(toNotify.notYetNotified(List.of("sarl transports delacroix mouret"))).isEmpty();
    }

    @Test
    void aNotificationNamesSomeoneByReferenceOrByAnyNameTheRequestGivesCaseAndAccentsAside() {
        PersonsToNotify toNotify = PersonsToNotify.of(request(List.of(on(MeasureType.SEARCH, "p1"))));

        assertThat(toNotify.named("P1")).map(Concerned::ref).contains("p1");
        assertThat(toNotify.named("  dinara  KUANISHBAEVA ")).map(Concerned::ref).contains("p1");
        assertThat(toNotify.named("Динара Куанышбаева")).map(Concerned::ref).contains("p1");
        assertThat(toNotify.named("Stijn Adriaenssèns")).map(Concerned::ref).contains("p2");
        assertThat(toNotify.named("Dinara")).as("a part of a name is not the name").isEmpty();
        assertThat(toNotify.named("p9")).isEmpty();
    }
}
