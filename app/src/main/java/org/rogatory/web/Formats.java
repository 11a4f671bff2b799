package org.rogatory.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.rogatory.RogatoryApplication;
import org.rogatory.casework.domain.LegalGround;
import org.rogatory.casework.domain.LegalGroundCatalogue;
import org.rogatory.oversight.domain.Count;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers, countries and legal grounds as the reader's language writes them, for the
 * templates ({@code ${@formats.date(d)}}). Times are shown in the jurisdiction's time zone.
 */
@Component("formats")
class Formats {

    private final MessageSource messages;
    private final LegalGroundCatalogue grounds;

    Formats(MessageSource messages, LegalGroundCatalogue grounds) {
        this.messages = messages;
        this.grounds = grounds;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** An ISO date from a request document ({@code 1976-03-14}), or the partial one a birth date may be. */
    public String date(String isoDate) {
        if (isoDate == null || isoDate.length() != 10) {
            return isoDate == null ? "" : isoDate;
        }
        return date(LocalDate.parse(isoDate));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(RogatoryApplication.JURISDICTION_ZONE).format(instant);
    }

    /** A date and time of the jurisdiction, as the execution plan and report give it (no zone). */
    public String local(LocalDateTime at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(at);
    }

    public String decimal(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /**
     * A published count of oversight's figures: the number, {@code <5} as the service gives it, or
     * "withheld" in the reader's language.
     */
    public String count(Count count) {
        if (count instanceof Count.Exact exact) {
            return number(exact.value());
        }
        return count instanceof Count.Withheld
                ? messages.getMessage("oversight.report.withheld", null, locale()) : String.valueOf(count);
    }

    /** "Kazakhstan (KZ)", in the reader's language. */
    public String country(String iso2) {
        if (iso2 == null || iso2.isBlank()) {
            return "";
        }
        String name = new Locale.Builder().setRegion(iso2).build().getDisplayCountry(locale());
        return name.isBlank() || name.equals(iso2) ? iso2 : name + " (" + iso2 + ")";
    }

    /** The title of a legal ground in the reader's language; the code itself is never translated. */
    public String groundTitle(String code) {
        String english = grounds.get(code).map(LegalGround::title).orElse(code);
        return messages.getMessage("ground." + code, null, english, locale());
    }

    /**
     * A {@code lang} value for text in a given ISO 15924 script ({@code und-Cyrl}: language unknown,
     * script Cyrillic), so that browsers pick fonts and shaping for it; empty when the script is not given.
     */
    public String scriptLanguage(String script) {
        return script == null || script.isBlank() ? "" : "und-" + script;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
