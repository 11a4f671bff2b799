package org.rogatory.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.rogatory.RogatoryApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** How the API reads JSON beyond Spring Boot's defaults (see also application.properties). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /**
     * A plan's schedule and a report's execution time are local times of the jurisdiction. Read leniently,
     * "2026-12-10T06:00:00Z" dropped its Z and meant 06:00 here, an hour or two from what the sender
     * meant. A time with an offset or zone is now the same instant here ({@link JurisdictionLocalTime}).
     */
    @Bean
    JsonMapperBuilderCustomizer localTimesOfTheJurisdiction() {
        return builder -> builder
                .addModule(new SimpleModule("jurisdiction-local-time")
                        .addDeserializer(LocalDateTime.class, new JurisdictionLocalTime()))
                // a date is written as one: -1 was read as the day before 1 January 1970
                .withConfigOverride(LocalDate.class, override -> override.setFormat(JsonFormat.Value.forLeniency(false)));
    }

    /**
     * An ISO 8601 date and time: without an offset, a local time of the jurisdiction; with one ("Z",
     * "+05:00", as RFC 3339 writes it), converted to the jurisdiction's local time at that instant. Anything
     * else is refused, naming the field.
     */
    static final class JurisdictionLocalTime extends ValueDeserializer<LocalDateTime> {

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
            }
            String text = parser.getString().strip();
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                        LocalDateTime::from);
                return parsed instanceof ZonedDateTime zoned
                        ? zoned.withZoneSameInstant(RogatoryApplication.JURISDICTION_ZONE).toLocalDateTime()
                        : (LocalDateTime) parsed;
            } catch (DateTimeParseException e) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                        "is not an ISO 8601 date and time");
            }
        }
    }
}
