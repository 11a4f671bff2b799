package org.rogatory.intake;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IntakeConfiguration {

    @Bean
    RequestValidator requestValidator(Clock clock) {
        return new RequestValidator(clock);
    }
}
