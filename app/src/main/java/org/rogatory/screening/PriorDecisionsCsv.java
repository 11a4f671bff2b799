package org.rogatory.screening;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.screening.domain.PriorDecision;

/**
 * {@code decisions.csv} (DESIGN.md §10): {@code id,kind,state,authority,date,requesting_state,names,summary}.
 * {@code state} is empty for international bodies; {@code requesting_state} (the state concerned)
 * and at least one name are required, since screening cannot use a decision without them.
 */
public final class PriorDecisionsCsv {

    public static final List<String> COLUMNS = List.of("id", "kind", "state", "authority", "date",
            "requesting_state", "names", "summary");

    private PriorDecisionsCsv() {
    }

    public static List<PriorDecision> read(Path file) {
        return ReferenceFileException.reading(file, PriorDecisionsCsv::read);
    }

    public static List<PriorDecision> read(Reader reader, String file) {
        Set<String> seen = new HashSet<>();
        return CsvRows.read(reader, file, COLUMNS, row -> {
            String id = row.required("id");
            if (!seen.add(id)) {
                throw row.fail("id", id + " appears twice");
            }
            PriorDecision.Kind kind = row.enumValue("kind", PriorDecision.Kind.class);
            if (kind == null) {
                throw row.fail("kind", "is empty");
            }
            String concerned = row.country("requesting_state");
            if (concerned == null) {
                throw row.fail("requesting_state", "is empty");
            }
            List<String> names = row.list("names");
            if (names.isEmpty()) {
                throw row.fail("names", "is empty");
            }
            return new PriorDecision(id, kind, row.country("state"), row.text("authority"), row.date("date"),
                    concerned, names, row.text("summary"));
        });
    }
}
