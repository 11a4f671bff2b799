package org.rogatory.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rogatory.intake.domain.CooperationRequest.Measure;
import org.rogatory.intake.domain.CooperationRequest.MeasureType;
import org.rogatory.intake.domain.CooperationRequest.Offence;
import org.rogatory.intake.domain.CooperationRequest.OffenceCategory;
import org.rogatory.intake.domain.CooperationRequest.Organisation;
import org.rogatory.intake.domain.CooperationRequest.OrganisationRole;
import org.rogatory.intake.domain.CooperationRequest.Person;
import org.rogatory.intake.domain.CooperationRequest.PersonName;
import org.rogatory.intake.domain.CooperationRequest.PersonRole;

class RequestChecksTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    static CooperationRequest request(LocalDate receivedOn, List<Person> persons, List<Organisation> organisations,
            List<Measure> measures, List<Offence> offences) {
        return new CooperationRequest("X-1", receivedOn, CooperationRequest.Channel.DIPLOMATIC, "XX",
                new CooperationRequest.RequestingAuthority("Prosecutor", CooperationRequest.AuthorityKind.PROSECUTOR),
                List.of(), offences, "facts", persons, organisations, measures, List.of(), null, false, false,
                List.of());
    }

    static Person person(String ref, String birthDate) {
        return new Person(ref, PersonRole.SUSPECT, List.of(new PersonName("Ann Example", null, null, null)), birthDate,
                List.of(), null, List.of());
    }

    static Measure measureOf(String personRef) {
        return new Measure(MeasureType.HEARING, personRef, null, null, null, List.of(), null);
    }

    static List<String> pointers(CooperationRequest request) {
        return RequestChecks.check(request, TODAY).stream().map(RequestDefect::pointer).toList();
    }

    @Test
    void aRequestReceivedTodayOrBeforeIsFineButNotTomorrow() {
        assertThat(pointers(request(TODAY, List.of(), List.of(), List.of(), List.of()))).isEmpty();
        assertThat(pointers(request(TODAY.plusDays(1), List.of(), List.of(), List.of(), List.of())))
                .containsExactly("/receivedOn");
    }

    @Test
    void everyPersonRefNamesAPersonOrAnOrganisation() {
        var request = request(TODAY, List.of(person("p1", null)),
                List.of(new Organisation("o1", "Bank", OrganisationRole.ACCOUNT_HOLDER, "CH", null)),
                List.of(measureOf("p1"), measureOf("o1"), measureOf("p9"), measureOf(null)), List.of());
        assertThat(pointers(request)).containsExactly("/measures/2/personRef");
    }

    @Test
    void refsAreUniqueAcrossPersonsAndOrganisations() {
        var request = request(TODAY, List.of(person("p1", null), person("p1", null)),
                List.of(new Organisation("p1", "Bank", OrganisationRole.ACCOUNT_HOLDER, "CH", null)), List.of(),
                List.of());
        assertThat(pointers(request)).containsExactly("/persons/1/ref", "/organisations/0/ref");
    }

    @Test
    void partialBirthDatesMustBeRealDates() {
        var request = request(TODAY, List.of(person("p1", "1976"), person("p2", "1976-03"), person("p3", "1976-02-29"),
                person("p4", "1976-13"), person("p5", "1977-02-29"), person("p6", "1976-03-14")), List.of(), List.of(),
                List.of());
        assertThat(pointers(request)).containsExactly("/persons/3/birthDate", "/persons/4/birthDate");
    }

    @Test
    void anOffenceDoesNotEndBeforeItBegan() {
        var offence = new Offence("Fraud on a large scale", OffenceCategory.FRAUD, null, null, null, null,
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1));
        assertThat(pointers(request(TODAY, List.of(), List.of(), List.of(), List.of(offence))))
                .containsExactly("/offences/0/to");
    }
}
