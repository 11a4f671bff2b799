package org.rogatory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class JsonConfigurationTest {

    record Scheduled(LocalDateTime at) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new SimpleModule()
            .addDeserializer(LocalDateTime.class, new JsonConfiguration.JurisdictionLocalTime())).build();

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
    void anythingElseIsRefusedAtItsField() {
        for (String bad : new String[] {"\"tomorrow\"", "\"2026-12-05\"", "1764921600", "[2026,12,5,6,30]"}) {
            assertThatThrownBy(() -> at(bad)).as(bad).isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).isNotEmpty());
        }
    }

    private static LocalDateTime at(String value) {
        return JSON.readValue("{\"at\":" + value + "}", Scheduled.class).at();
    }
}
