package org.rogatory.matching;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a register file (DESIGN.md §10): UTF-8, RFC 4180, header row
 * {@code id,categories,names,birth_date,nationalities,persecuting_states,since,note} (any order, all
 * columns present, no others), {@code |}-separated lists. Every row is checked; the first problem
 * ends the reading with a {@link RegisterFormatException} naming file, line and field.
 */
public final class RegisterCsv {

    static final List<String> COLUMNS = List.of("id", "categories", "names", "birth_date", "nationalities",
            "persecuting_states", "since", "note");
    static final Set<String> CATEGORIES = Set.of("REFUGEE", "SUBSIDIARY_PROTECTION", "ASYLUM_APPLICANT", "LAWYER",
            "JOURNALIST", "DOCTOR", "HUMAN_RIGHTS_DEFENDER");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** What a CSV parser's failure inside a row means, in words (its own message names its internals). */
    public static final String MALFORMED_QUOTING = "a quoted field is not closed, or something follows its closing quote";

    private RegisterCsv() {
    }

    public static List<RegisterEntry> read(Path file) throws IOException {
        try (Reader reader = Utf8Text.reader(file)) {
            return read(reader, file.toString());
        } catch (Utf8Text.NotUtf8 e) {
            throw new RegisterFormatException(file.toString(), e.line(), null, e.getMessage());
        }
    }

    /** Reads from {@code reader}; {@code name} is the file name used in error messages. */
    public static List<RegisterEntry> read(Reader reader, String name) throws IOException {
        List<RegisterEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        long lineAfterPrevious = 0;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record, name, line);
                    continue;
                }
                if (record.size() != COLUMNS.size()) {
                    throw new RegisterFormatException(name, line, null,
                            record.size() + " fields, expected " + COLUMNS.size());
                }
                RegisterEntry entry = entry(record, columns, name, line);
                if (!ids.add(entry.id())) {
                    throw new RegisterFormatException(name, line, "id", "id " + entry.id() + " given twice");
                }
                entries.add(entry);
            }
            if (columns == null) {
                throw new RegisterFormatException(name, 1, null, "no header row");
            }
        } catch (UncheckedIOException e) {
            throw new RegisterFormatException(name, lineAfterPrevious + 1, null, MALFORMED_QUOTING);
        }
        return entries;
    }

    private static Map<String, Integer> header(CSVRecord record, String name, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = record.get(i).strip().replace("\uFEFF", "");
            if (!COLUMNS.contains(column)) {
                throw new RegisterFormatException(name, line, column, "unknown column; expected " + COLUMNS);
            }
            if (columns.put(column, i) != null) {
                throw new RegisterFormatException(name, line, column, "column given twice");
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                throw new RegisterFormatException(name, line, column, "column missing");
            }
        }
        return columns;
    }

    private static RegisterEntry entry(CSVRecord record, Map<String, Integer> columns, String name, long line) {
        String id = record.get(columns.get("id")).strip();
        if (id.isEmpty()) {
            throw new RegisterFormatException(name, line, "id", "empty");
        }
        List<String> names = list(record.get(columns.get("names")));
        if (names.isEmpty()) {
            throw new RegisterFormatException(name, line, "names", "no name");
        }
        List<String> categories = list(record.get(columns.get("categories")));
        for (String category : categories) {
            if (!CATEGORIES.contains(category)) {
                throw new RegisterFormatException(name, line, "categories", "unknown category " + category);
            }
        }
        String birthDate = blankToNull(record.get(columns.get("birth_date")));
        if (birthDate != null && (!DATE.matcher(birthDate).matches() || BirthDate.parse(birthDate) == null)) {
            throw new RegisterFormatException(name, line, "birth_date",
                    "'" + birthDate + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        String since = blankToNull(record.get(columns.get("since")));
        if (since != null && !DATE.matcher(since).matches()) {
            throw new RegisterFormatException(name, line, "since", "'" + since + "' is not a date");
        }
        return new RegisterEntry(id, categories, names, birthDate,
                countries(record, columns, "nationalities", name, line),
                countries(record, columns, "persecuting_states", name, line),
                since, blankToNull(record.get(columns.get("note"))));
    }

    private static List<String> countries(CSVRecord record, Map<String, Integer> columns, String column,
                                          String name, long line) {
        List<String> codes = list(record.get(columns.get(column)));
        for (String code : codes) {
            if (!COUNTRY.matcher(code).matches()) {
                throw new RegisterFormatException(name, line, column, "'" + code + "' is not an ISO 3166 alpha-2 code");
            }
        }
        return codes;
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
