package org.rogatory;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class RogatoryApplication {

    /** The one clock: injected everywhere time matters, so tests move it instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
