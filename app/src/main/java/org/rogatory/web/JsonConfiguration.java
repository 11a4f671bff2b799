package org.rogatory.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
     * A whole number is a whole number: 0.5 was read as measure 0, 1.9 as review 1 and "1" as 1, so that a
     * sender's slip named another measure or another review than meant. 10.0 and 1e1 stay ten, as JSON Schema
     * reads them: a request the schema accepts is never refused afterwards.
     */
    @Bean
    JsonMapperBuilderCustomizer wholeNumbersAsWritten() {
        return builder -> builder.addModule(new SimpleModule("whole-numbers")
                .addDeserializer(Integer.class, new WholeNumber())
                .addDeserializer(Integer.TYPE, new WholeNumber()));
    }

    /** An integer field's value: a JSON number without a fractional part that fits; nothing else. */
    static final class WholeNumber extends ValueDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                try {
                    return parser.getDecimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    return (Integer) context.handleWeirdNumberValue(Integer.class, parser.getNumberValue(),
                            "is not a whole number that fits");
                }
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    /**
     * An ISO 8601 date and time: without an offset, a local time of the jurisdiction; with one ("Z",
     * "+05:00", as RFC 3339 writes it), converted to the jurisdiction's local time at that instant. A local
     * time the clocks skip in spring, or one they pass twice in autumn (stored as a local time, it could not
     * say which), and anything else is refused, naming the field.
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
                LocalDateTime local = parsed instanceof ZonedDateTime zoned
                        ? zoned.withZoneSameInstant(RogatoryApplication.JURISDICTION_ZONE).toLocalDateTime()
                        : (LocalDateTime) parsed;
                int offsets = RogatoryApplication.JURISDICTION_ZONE.getRules().getValidOffsets(local).size();
                if (local.getYear() > 9999) {
                    return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                            "is after the year 9999");
                }
                if (offsets == 0) {
                    return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                            "does not exist in Brussels: the clocks go forward an hour then");
                }
                if (offsets == 2) {
                    // kept as a local time, it could not say which of the two it was
                    return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                            "happens twice in Brussels, as the clocks go back an hour: choose another time");
                }
                return local;
            } catch (DateTimeException e) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                        "is not an ISO 8601 date and time");
            }
        }
    }
}
