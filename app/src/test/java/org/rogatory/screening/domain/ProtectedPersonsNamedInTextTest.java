package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rogatory.screening.domain.Fixtures.request;
import static org.rogatory.screening.domain.Fixtures.suspect;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rogatory.matching.NameMatchers;
import org.rogatory.matching.RegisterCsv;

/**
 * The review of results asks which protected persons a seized text names, in any script or
 * spelling, against the register requests are screened against (here the demo register), leaving
 * out the request's own persons.
 */
class ProtectedPersonsNamedInTextTest {

    static ScreeningContext caseStudy;

    @BeforeAll
    static void theDemoRegisterAndTheCaseStudysSuspect() throws IOException {
        ReferenceData reference;
        try (Reader register = new InputStreamReader(ProtectedPersonsNamedInTextTest.class
                .getResourceAsStream("/demo/register.csv"), StandardCharsets.UTF_8)) {
            reference = ReferenceData.of(RegisterCsv.read(register, "demo/register.csv"), List.of(), List.of(),
                    List.of(), NameMatchers::over);
        }
        caseStudy = new ScreeningContext(request("KZ").person(suspect("Dinara Kuanishbaeva", "1976-03-14")).build(),
                reference, ScreeningConfig.defaults());
    }

    @Test
    void findsTheProtectedPersonsAClientListNamesAcrossScriptsAndSpellingsButNotTheRequestsOwnPerson() {
        String clientList = """
                Clients 2019-2023
                1. Gulshat Serikbaeva, asylum file, Brussels
                2. Тофик Мамедли, residence permit appeal
                3. Luc Vermeulen, rental dispute
                4. Viktar Hrynkevich (consultation)
                5. Dinara Kuanishbaeva (own file)
                """;

        assertThat(caseStudy.protectedPersonsNamedIn(clientList)).extracting(NameInText::registerId)
                .containsExactlyInAnyOrder("R-0004", "R-0021", "R-0050");
    }

    @Test
    void aDateOfThisDecadeAfterANameIsNotReadAsTheirBirthDate() {
        assertThat(caseStudy.protectedPersonsNamedIn("Transfer of 2,000 EUR ordered by Gulshat Serikbaeva, 01.03.2022."))
                .extracting(NameInText::registerId).containsExactly("R-0004");
    }

    @Test
    void findsNobodyInATextWithoutProtectedPersons() {
        assertThat(caseStudy.protectedPersonsNamedIn("Invoice 2021/77 from Steppe Aviation Services for fuel, "
                + "signed by Luc Vermeulen in Antwerp on 3 March 2021.")).isEmpty();
    }
}
