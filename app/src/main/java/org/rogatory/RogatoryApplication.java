package org.rogatory;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class RogatoryApplication {

    /** Dates (received on, deadlines, overdue) are days in the jurisdiction's time zone. */
    public static final ZoneId JURISDICTION_ZONE = ZoneId.of("Europe/Brussels");

    /** The one clock: injected everywhere time matters, so tests move it instead of sleeping. */
    @Bean
    Clock clock() {
        return systemClock();
    }

    /** The clock of the commands that run without Spring. */
    public static Clock systemClock() {
        return Clock.system(JURISDICTION_ZONE);
    }
}
