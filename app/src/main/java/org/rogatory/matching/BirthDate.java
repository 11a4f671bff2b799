package org.rogatory.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A birth date known to the year, the month or the day ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}). */
record BirthDate(int year, int month, int day) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The date, or null when absent or not in one of the three forms. */
    static BirthDate parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || day > 31) {
            return null;
        }
        return new BirthDate(Integer.parseInt(m.group(1)), month, day);
    }

    /** Equal as far as both are known: 1970 agrees with 1970-05-02. */
    boolean agreesWith(BirthDate other) {
        return year == other.year
                && (month == 0 || other.month == 0 || month == other.month)
                && (month == 0 || other.month == 0 || day == 0 || other.day == 0 || day == other.day);
    }
}
