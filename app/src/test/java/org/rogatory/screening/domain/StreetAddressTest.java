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
            Avenue Louise 231 bte 4                      | Avenue Louise 231, boîte 4
            Flat 2, 15 Baker Street                      | 15 Baker Street
            Kerkstraat 12A                               | Kerkstraat 12a, 1er étage
            Avenue des Saules 14                         | Av. des Saules 14, 1000 Bruxelles
            Boulevard Anspach 12                         | Bd Anspach 12, B-1000 Brussel, Belgique
            Kerkstraat 12                                | Kerkstr. 12, Brussels
            Chaussée de Waterloo 1500                    | Chée de Waterloo 1500, 1180 Brussels
            Rue Saint-Lazare 3                           | Rue St-Lazare 3
            Avenue Louise 100                            | Avenue Louise 100/102
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
            Chaussée de Waterloo 1500   | Chaussée de Waterloo 1500, 1180 Uccle
            Rue de Bruxelles 5          | Rue 5, Bruxelles
            Kerkstraat 12               | Kerklaan 12
            Avenue Louise 100           | Avenue Louise 100-102
            """)
    void tellsApartAnotherHouseOrAnotherFlat(String first, String second) {
        assertThat(StreetAddress.of(new Address("BE", "Brussels", first))
                .samePlaceAs(StreetAddress.of(new Address("BE", "Brussels", second)))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Naamsestraat 5
            Naamsestraat nr. 5
            Naamsestraat 5, 3000 Leuven
            Naamsestraat 5 bus 2
            Naamsestraat 5/3
            Naamsestraat 5, 3rd floor
            Naamsestraat 5 (ground floor)
            """)
    void readsOneBuilding(String line) {
        Address address = new Address("BE", "Leuven", line);
        assertThat(StreetAddress.namesOneBuilding(address)).isTrue();
        assertThat(StreetAddress.namesSeveralBuildings(address)).isFalse();
        assertThat(StreetAddress.of(address).samePlaceAs(StreetAddress.of(new Address("BE", "Leuven",
                "Naamsestraat 5")))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Naamsestraat 5-7
            Naamsestraat 5 – 7
            Naamsestraat 5—7
            Naamsestraat 5, Naamsestraat 7
            Naamsestraat 5 & 7
            Naamsestraat 5 + 7
            Naamsestraat 5, 7, 9
            Naamsestraat 5 (and the garage at no. 9)
            Naamsestraat 5, 1000
            """)
    void readsSeveralBuildings(String line) {
        Address address = new Address("BE", "Leuven", line);
        assertThat(StreetAddress.namesSeveralBuildings(address)).isTrue();
        assertThat(StreetAddress.namesOneBuilding(address)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rue du 11 Novembre 5       | Rue du 11 Novembre 7
            Place du 20 Août 3         | Place du 20 Août 4
            Rue de la 1ère Armée 4     | Rue de la 1ère Armée 6
            """)
    void readsTheNumbersInAStreetsNameAsTheName(String one, String other) {
        Address address = new Address("BE", "Leuven", one);
        assertThat(StreetAddress.namesOneBuilding(address)).isTrue();
        assertThat(StreetAddress.of(address).samePlaceAs(StreetAddress.of(new Address("BE", "Leuven", other))))
                .isFalse();
    }

    @Test
    void aPlaceIsWithinAWarrantForTheBuildingOrForItsOwnBox() {
        StreetAddress boxFour = StreetAddress.of(new Address("BE", "Leuven", "Naamsestraat 5 bus 4"));
        StreetAddress building = StreetAddress.of(new Address("BE", "Leuven", "Naamsestraat 5"));
        assertThat(StreetAddress.of(new Address("BE", "Leuven", "Naamsestraat 5/4")).within(boxFour)).isTrue();
        assertThat(StreetAddress.of(new Address("BE", "Leuven", "Naamsestraat 5, boîte 4")).within(boxFour)).isTrue();
        assertThat(building.within(boxFour)).as("the building is more than box 4").isFalse();
        assertThat(boxFour.within(building)).isTrue();
    }

    @Test
    void aStreetWithoutNumberOrANumberWithoutStreetIsNoBuilding() {
        assertThat(StreetAddress.namesOneBuilding(new Address("BE", "Leuven", "Naamsestraat"))).isFalse();
        assertThat(StreetAddress.namesOneBuilding(new Address("BE", "Leuven", "5"))).isFalse();
        assertThat(StreetAddress.namesSeveralBuildings(new Address("BE", "Leuven", "Naamsestraat 5\nNaamsestraat 7")))
                .isTrue();
    }

    @Test
    void theSameLineInAnotherCountryIsAnotherPlace() {
        assertThat(StreetAddress.of(new Address("BE", null, "Rue Haute 5"))
                .samePlaceAs(StreetAddress.of(new Address("FR", null, "Rue Haute 5")))).isFalse();
    }

    @Test
    void aCityIsTheSameUnderItsNamesInTheLanguagesOfTheCountry() {
        assertThat(CityNames.same("Brussels", "BRUXELLES")).isTrue();
        assertThat(CityNames.same("Liège", "Lüttich")).isTrue();
        assertThat(CityNames.same("Sint-Jans-Molenbeek", "Molenbeek Saint Jean")).isTrue();
        assertThat(CityNames.same("Zaventem", "zaventem")).isTrue();
        assertThat(CityNames.same("Antwerpen", "Mechelen")).as("one bar, two cities").isFalse();
        assertThat(CityNames.same("Brussels", "Ixelles")).as("a commune of Brussels is a city of its own").isFalse();
        assertThat(CityNames.same("Brussels", "Bruxelles-Ville")).isTrue();
        assertThat(CityNames.same("1000 Bruxelles", "Brussels")).as("a postcode with the city").isTrue();
        assertThat(CityNames.namedAtTheEndOf("Tiensestraat 1, 1000 Bruxelles")).contains("Bruxelles");
        assertThat(CityNames.namedAtTheEndOf("Bd Anspach 12, B-1000 Brussel, Belgique")).contains("Brussel");
        assertThat(CityNames.namedAtTheEndOf("Rue de Bruxelles 5")).isEmpty();
    }
}
