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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

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
     * A whole number is written as one: 0.5 was read as measure 0, 1.9 as review 1 and "1" as 1, so that a
     * sender's slip named another measure or another review than meant.
     */
    @Bean
    JsonMapperBuilderCustomizer wholeNumbersAsWritten() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, coercion -> coercion
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /**
     * An ISO 8601 date and time: without an offset, a local time of the jurisdiction; with one ("Z",
     * "+05:00", as RFC 3339 writes it), converted to the jurisdiction's local time at that instant. A local
     * time the clocks skip in spring, or one they pass twice in autumn without an offset to say which, and
     * anything else is refused, naming the field.
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
                if (offsets == 2 && !(parsed instanceof ZonedDateTime)) {
                    return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                            "happens twice in Brussels, as the clocks go back an hour: give its offset (+02:00 or +01:00)");
                }
                return local;
            } catch (DateTimeException e) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                        "is not an ISO 8601 date and time");
            }
        }
    }
}
