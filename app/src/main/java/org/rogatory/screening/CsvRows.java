package org.rogatory.screening;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rogatory.matching.RegisterCsv;

/**
 * Reads a reference CSV file (UTF-8, header row, RFC 4180) row by row, checking that the header
 * has the contract's columns and giving each row its line number, so that a bad value is reported
 * with file, line and column.
 */
final class CsvRows {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvRows() {
    }

    /** One row, with the checks and conversions reference files need. */
    record Row(String file, long line, CSVRecord record) {

        String text(String column) {
            String value = record.isSet(column) ? record.get(column) : "";
            return value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw fail(column, "is empty");
            }
            return value;
        }

        /** A {@code |}-separated list, blanks dropped. */
        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        String country(String column) {
            String value = text(column);
            if (value != null && !ISO2.matcher(value).matches()) {
                throw fail(column, "'" + value + "' is not an ISO 3166-1 alpha-2 code");
            }
            return value;
        }

        Integer score(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                int score = Integer.parseInt(value);
                if (score >= 0 && score <= 100) {
                    return score;
                }
            } catch (NumberFormatException e) {
                // reported below, as for a number out of range
            }
            throw fail(column, "'" + value + "' is not a whole number from 0 to 100");
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw fail(column, "'" + value + "' is neither true nor false");
            };
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw fail(column, "'" + value + "' is not a date YYYY-MM-DD");
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw fail(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        ReferenceFileException fail(String column, String problem) {
            return new ReferenceFileException(file, line, column, problem);
        }
    }

    /** Every row of the file converted, or the first problem. */
    static <T> List<T> read(Reader reader, String file, List<String> columns, Function<Row, T> convert) {
        long previousEnd = 1;
        try (CSVParser parser = parse(reader, file, columns)) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new ReferenceFileException(file, 1, column, "missing column; the header must be "
                            + String.join(",", columns));
                }
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new ReferenceFileException(file, line, null, record.size() + " fields where the header has "
                            + header.size());
                }
                rows.add(convert.apply(new Row(file, line, record)));
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ReferenceFileException(file, previousEnd + 1, null, RegisterCsv.MALFORMED_QUOTING);
        } catch (IOException e) {
            throw new ReferenceFileException(file, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** The parser, past the header; a header with an empty or repeated column name is refused as such. */
    private static CSVParser parse(Reader reader, String file, List<String> columns) throws IOException {
        try {
            return FORMAT.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new ReferenceFileException(file, 1, null, "the header has an empty or repeated column name; it must be "
                    + String.join(",", columns));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ReferenceFileException(file, 1, null, RegisterCsv.MALFORMED_QUOTING);
        }
    }
}
