package org.rogatory.screening.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates as the data gives them ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}), and as
 * facts give them right after a name ("Dinara K., born on 14 March 1976", "ГРИНКЕВИЧ В.А., 05.10.1979 г.р.").
 */
final class BirthDates {

    /** How far after a name a birth date may start and still belong to it. */
    private static final int LOOKAHEAD = 40;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12), Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));

    private static final String BORN = "(?:born|nee?|geboren|b\\.)(?:\\s+(?:on|le|am|op))?\\s+";
    private static final Pattern WORDED = Pattern.compile(
            "^[\\s,(]*" + BORN + "(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(\\p{L}+)\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("^[\\s,(]*(" + BORN + ")?(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("^[\\s,(]*(" + BORN + ")?(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("^[\\s,(]*(?:born|nee?|geboren)\\s+(?:in\\s+|en\\s+)?(\\d{4})\\b");

    private BirthDates() {
    }

    /**
     * A date written after a name without "born" is read as a birth date only when it is at least this
     * many years before the text was written: "paid by Yermek Baisalov, 01.03.2022" names a payment, and a
     * birth date read from it would set the person apart from their register entry.
     */
    static final int YEARS_BEFORE_FOR_A_BARE_DATE = 14;

    /**
     * The birth date written just after position {@code index} of {@code text}, if any; {@code writtenIn}
     * is the year the text was written (null: unknown), which a date without "born" must lie well before.
     */
    static Optional<String> after(String text, int index, Integer writtenIn) {
        String window = NameSpotter.fold(text.substring(index, Math.min(text.length(), index + LOOKAHEAD)));
        Matcher m = WORDED.matcher(window);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            return month == null ? Optional.empty() : date(m.group(3), month, m.group(1));
        }
        m = ISO.matcher(window);
        if (m.find()) {
            return bare(m, m.group(2), writtenIn) ? Optional.empty()
                    : date(m.group(2), Integer.parseInt(m.group(3)), m.group(4));
        }
        m = NUMERIC.matcher(window);
        if (m.find()) {
            return bare(m, m.group(4), writtenIn) ? Optional.empty()
                    : date(m.group(4), Integer.parseInt(m.group(3)), m.group(2));
        }
        m = YEAR.matcher(window);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A date without "born" written too short a time before the text to be a birth date. */
    private static boolean bare(Matcher m, String year, Integer writtenIn) {
        return m.group(1) == null && writtenIn != null
                && Integer.parseInt(year) > writtenIn - YEARS_BEFORE_FOR_A_BARE_DATE;
    }

    /** Birth years this far apart are two people: sources shift one person's year by a few, not by ten. */
    static final int YEARS_APART_FOR_ANOTHER_PERSON = 10;

    /**
     * Whether two birth dates belong to different people: a generation apart. The matcher only lowers
     * the score of a disagreeing date, since one person's dates vary by a few years between sources;
     * a namesake born ten years earlier is someone else and raises no finding about this person.
     */
    static boolean anotherPerson(String a, String b) {
        Integer yearA = year(a);
        Integer yearB = year(b);
        return yearA != null && yearB != null && Math.abs(yearA - yearB) >= YEARS_APART_FOR_ANOTHER_PERSON;
    }

    /** Known to the day, so that two equal dates say something. */
    static boolean isFullDate(String date) {
        return date != null && date.strip().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static Integer year(String date) {
        return date == null || !date.strip().matches("\\d{4}.*") ? null : Integer.valueOf(date.strip().substring(0, 4));
    }

    private static Optional<String> date(String year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > 31) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, d));
    }
}
