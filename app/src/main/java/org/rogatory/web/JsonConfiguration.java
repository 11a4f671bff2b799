package org.rogatory.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the API reads JSON beyond Spring Boot's defaults (see also application.properties). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /**
     * A plan's schedule and a report's execution time are local times of the jurisdiction. Read leniently,
     * "2026-12-10T06:00:00Z" dropped its Z and meant 06:00 here, an hour or two from what the sender
     * meant; an offset ("+05:00") was refused. Both are now refused, naming the field.
     */
    @Bean
    JsonMapperBuilderCustomizer localDateTimesWithoutOffset() {
        return builder -> builder
                .withConfigOverride(LocalDateTime.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)))
                // a date is written as one: -1 was read as the day before 1 January 1970
                .withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)));
    }
}
