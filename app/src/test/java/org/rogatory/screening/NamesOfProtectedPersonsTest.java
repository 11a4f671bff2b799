package org.rogatory.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rogatory.screening.domain.NameInText;
import org.springframework.core.io.ClassPathResource;

/** The review of results asks which protected persons a seized text names, in any script or spelling. */
class NamesOfProtectedPersonsTest {

    static final ScreeningService SCREENING = new ScreeningService(
            new ProtectedPersonsRegister(new ClassPathResource("reference/register.csv")));

    @Test
    void findsTheProtectedPersonsAClientListNamesAcrossScriptsAndSpellings() {
        String clientList = """
                Clients 2019-2023
                1. Gulshat Serikbaeva, asylum file, Brussels
                2. Тофик Мамедли, residence permit appeal
                3. Luc Vermeulen, rental dispute
                4. Viktar Hrynkevich (consultation)
                """;

        assertThat(SCREENING.namesOfProtectedPersonsIn(clientList)).extracting(NameInText::registerId)
                .contains("R-0004", "R-0021", "R-0050")
                .hasSize(3);
    }

    @Test
    void findsNobodyInATextWithoutProtectedPersons() {
        assertThat(SCREENING.namesOfProtectedPersonsIn("Invoice 2021/77 from Steppe Aviation Services for fuel, "
                + "signed by Luc Vermeulen in Antwerp on 3 March 2021.")).isEmpty();
    }
}
