package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dinara Kuanyshbayeva  | Kuanyshbayeva
            Kuanyshbayeva D. A.   | Kuanyshbayeva
            Гринкевич В.А.        | Гринкевич
            KUANYSHBAYEVA Dinara  | KUANYSHBAYEVA
            Kuanyshbayeva, Dinara | Kuanyshbayeva
            John F. Kennedy       | Kennedy
            """)
    void readsTheFamilyNameOfANameWrittenWhole(String name, String family) {
        assertThat(ReferenceData.familyName(name)).isEqualTo(family);
    }
}
