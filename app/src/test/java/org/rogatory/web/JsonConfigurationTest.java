package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JsonConfigurationTest {

    record Scheduled(LocalDateTime at) {
    }

    private static final JsonMapper JSON = configured();

    /** A mapper as the application configures it. */
    private static JsonMapper configured() {
        JsonConfiguration configuration = new JsonConfiguration();
        JsonMapper.Builder builder = JsonMapper.builder();
        configuration.localTimesOfTheJurisdiction().customize(builder);
        configuration.wholeNumbersAsWritten().customize(builder);
        return builder.build();
    }

    @Test
    void aTimeWithoutOffsetIsLocalToTheJurisdiction() {
        assertThat(at("\"2026-12-05T06:30\"")).isEqualTo(LocalDateTime.of(2026, 12, 5, 6, 30));
    }

    @Test
    void aTimeWithAnOffsetIsTheSameInstantInBrusselsWinterAndSummer() {
        assertThat(at("\"2026-12-05T08:00:00Z\"")).isEqualTo(LocalDateTime.of(2026, 12, 5, 9, 0));
        assertThat(at("\"2026-07-05T08:00:00Z\"")).isEqualTo(LocalDateTime.of(2026, 7, 5, 10, 0));
        assertThat(at("\"2026-12-05T08:00:00+05:00\"")).isEqualTo(LocalDateTime.of(2026, 12, 5, 4, 0));
    }

    @Test
    void aLocalTimeTheClocksSkipOrPassTwiceIsRefusedAndTheHourAfterIsNot() {
        assertThat(at("\"2026-10-25T03:30\"")).isEqualTo(LocalDateTime.of(2026, 10, 25, 3, 30));
        for (String twice : new String[] {"\"2026-10-25T02:30:00+02:00\"", "\"2026-10-25T02:30:00+01:00\""}) {
            assertThatThrownBy(() -> at(twice)).as(twice).isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void anythingElseIsRefusedAtItsField() {
        for (String bad : new String[] {"\"tomorrow\"", "\"2026-12-05\"", "1764921600", "[2026,12,5,6,30]",
                "\"2026-03-29T02:30\"", "\"2026-10-25T02:30\"", "\"9999-12-31T23:59:59-12:00\""}) {
            assertThatThrownBy(() -> at(bad)).as(bad).isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).isNotEmpty());
        }
    }

    record Indexed(Integer measure) {
    }

    @Test
    void aWholeNumberIsWrittenAsOne() {
        assertThat(JSON.readValue("{\"measure\":1}", Indexed.class).measure()).isEqualTo(1);
        assertThat(JSON.readValue("{\"measure\":10.0}", Indexed.class).measure()).as("as JSON Schema reads it")
                .isEqualTo(10);
        assertThat(JSON.readValue("{\"measure\":1e1}", Indexed.class).measure()).isEqualTo(10);
        for (String bad : new String[] {"0.5", "1.9", "\"1\"", "2147483648", "true"}) {
            assertThatThrownBy(() -> JSON.readValue("{\"measure\":" + bad + "}", Indexed.class)).as(bad)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    private static LocalDateTime at(String value) {
        return JSON.readValue("{\"at\":" + value + "}", Scheduled.class).at();
    }
}
