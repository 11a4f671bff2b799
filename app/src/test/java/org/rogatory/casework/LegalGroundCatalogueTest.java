package org.rogatory.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.screening.domain.FindingCode;
import org.rogatory.support.Fixtures;
import tools.jackson.databind.json.JsonMapper;

/** legal-grounds.json is legal-grounds.md made machine-readable: nothing may cite a code it lacks. */
class LegalGroundCatalogueTest {

    static final LegalGroundCatalogue CATALOGUE = CaseworkConfiguration.loadLegalGrounds(JsonMapper.builder().build());
    static final Pattern CODE_ROW = Pattern.compile("^\\| `([A-Z0-9-]+)` \\|", Pattern.MULTILINE);
    static final Pattern MAP_ROW = Pattern.compile("^\\| ([A-Z_]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);

    @Test
    void everyGroundAFindingPointsToIsInTheCatalogue() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(code.grounds()).as(code.name()).allSatisfy(ground -> assertThat(CATALOGUE.contains(ground))
                    .as(ground).isTrue());
        }
    }

    @Test
    void theCatalogueHoldsExactlyTheCodesOfTheSpecification() throws IOException {
        Matcher rows = CODE_ROW.matcher(legalGroundsMd());
        List<String> specified = rows.results().map(m -> m.group(1)).toList();
        assertThat(CATALOGUE.all()).extracting(LegalGround::code).containsExactlyElementsOf(specified);
    }

    @Test
    void findingCodesPointToTheGroundsTheSpecificationMaps() throws IOException {
        Map<String, List<String>> specified = new LinkedHashMap<>();
        MAP_ROW.matcher(legalGroundsMd()).results().forEach(m -> specified.put(m.group(1),
                Arrays.stream(m.group(2).replaceAll("\\(.*\\)", "").split(",")).map(String::strip).toList()));
        assertThat(specified.keySet()).containsExactlyInAnyOrder(
                Arrays.stream(FindingCode.values()).map(Enum::name).toArray(String[]::new));
        specified.forEach((code, grounds) -> {
            assertThat(FindingCode.valueOf(code).grounds()).as(code).containsExactlyElementsOf(grounds);
            assertThat(grounds).allSatisfy(ground -> assertThat(CATALOGUE.contains(ground)).as(ground).isTrue());
        });
    }

    @Test
    void everyGroundHasAKindTitleAndCitation() {
        assertThat(CATALOGUE.all()).allSatisfy(ground -> {
            assertThat(ground.kind()).isNotNull();
            assertThat(ground.title()).isNotBlank();
            assertThat(ground.citation()).isNotBlank();
            assertThat(ground.instrument()).isNotBlank();
        });
        assertThat(CATALOGUE.contains("ROG-USE-LIMITATION")).isTrue();
    }

    static String legalGroundsMd() throws IOException {
        return Files.readString(Fixtures.SHARED.resolve("spec").resolve("legal-grounds.md"));
    }
}
