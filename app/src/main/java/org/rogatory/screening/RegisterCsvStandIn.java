package org.rogatory.screening;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rogatory.matching.RegisterEntry;

/** Temporary until the matching feature's register reader is on main. */
final class RegisterCsvStandIn {

    static final List<String> COLUMNS = List.of("id", "categories", "names", "birth_date", "nationalities",
            "persecuting_states", "since", "note");

    private RegisterCsvStandIn() {
    }

    static List<RegisterEntry> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CsvRows.read(reader, file.toString(), COLUMNS, row -> new RegisterEntry(row.required("id"),
                    row.list("categories"), row.list("names"), row.text("birth_date"), row.list("nationalities"),
                    row.list("persecuting_states"), row.text("since"), row.text("note")));
        } catch (IOException e) {
            throw new ReferenceFileException(file.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
    }
}
