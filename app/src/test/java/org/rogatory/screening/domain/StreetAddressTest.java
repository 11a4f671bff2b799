package org.rogatory.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rogatory.intake.domain.CooperationRequest.Address;

class StreetAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rue de la Victoire 88, 3rd floor (fictional) | rue de la Victoire, 88
            Avenue Louise 231 bte 4                      | AVENUE LOUISE 231
            Flat 2, 15 Baker Street                      | 15 Baker Street
            Kerkstraat 12A                               | Kerkstraat 12a, 1er étage
            """)
    void readsTheSameBuildingWrittenTwoWays(String first, String second) {
        assertThat(StreetAddress.of(new Address("BE", "Brussels", first))
                .samePlaceAs(StreetAddress.of(new Address("BE", "Brussels", second)))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rue de la Victoire 88       | Rue de la Victoire 86
            Avenue Louise 231 bte 4     | Avenue Louise 231 bte 5
            Kerkstraat 12               | Kerkstraat 12A
            Rue Haute 5                 | Rue Basse 5
            """)
    void tellsApartAnotherHouseOrAnotherFlat(String first, String second) {
        assertThat(StreetAddress.of(new Address("BE", "Brussels", first))
                .samePlaceAs(StreetAddress.of(new Address("BE", "Brussels", second)))).isFalse();
    }

    @Test
    void theSameLineInAnotherCountryIsAnotherPlace() {
        assertThat(StreetAddress.of(new Address("BE", null, "Rue Haute 5"))
                .samePlaceAs(StreetAddress.of(new Address("FR", null, "Rue Haute 5")))).isFalse();
    }
}
