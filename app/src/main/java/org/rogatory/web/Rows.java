package org.rogatory.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repeatable rows of a form (places, officers, people present, items seized...): blank rows are
 * left out of what is sent, and a problem the service finds in the n-th row sent is shown on the
 * form row it came from.
 */
final class Rows {

    private static final Pattern ROW_POINTER = Pattern.compile("^/([A-Za-z]+)/(\\d+)(/.*)?$");

    /** For each list of the form, the form row of each element sent. */
    private final Map<String, List<Integer>> sent = new LinkedHashMap<>();

    /** The rows that are not blank, remembering which form row each one is. */
    <T, R> List<R> keep(String list, List<T> rows, Predicate<T> blank, java.util.function.Function<T, R> convert) {
        List<Integer> index = sent.computeIfAbsent(list, l -> new ArrayList<>());
        List<R> kept = new ArrayList<>();
        for (int row = 0; row < rows.size(); row++) {
            T value = rows.get(row);
            if (value != null && !blank.test(value)) {
                kept.add(convert.apply(value));
                index.add(row);
            }
        }
        return kept;
    }

    /**
     * The form field a service's JSON pointer names: {@code /places/0/address}, where the first place
     * sent was the form's second row, is {@code places-1-address} (the id of the field on the page).
     */
    String field(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "form";
        }
        Matcher row = ROW_POINTER.matcher(pointer);
        if (row.matches() && sent.containsKey(row.group(1))) {
            List<Integer> index = sent.get(row.group(1));
            int sentRow = Integer.parseInt(row.group(2));
            int formRow = sentRow < index.size() ? index.get(sentRow) : sentRow;
            String rest = row.group(3) == null ? "" : row.group(3).replaceFirst("^/([A-Za-z]+).*$", "-$1");
            return row.group(1) + "-" + formRow + rest;
        }
        return pointer.substring(1).replace('/', '-');
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A {@code datetime-local} value ({@code 2026-11-27T06:30}), or null when empty or not a date and time. */
    static LocalDateTime dateTime(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A {@code date} value ({@code 2026-11-27}), or null when empty or not a date. */
    static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
