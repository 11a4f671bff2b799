package org.rogatory.screening;

import java.io.Reader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rogatory.screening.domain.CountryProfile;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;

/**
 * {@code countries.csv} (DESIGN.md §10): {@code iso2,name,cpi_score,fh_status,fh_score,death_penalty,extradition_treaty,notes}.
 * Empty cells stay unknown (null), never false or low.
 */
public final class CountryProfilesCsv {

    public static final List<String> COLUMNS = List.of("iso2", "name", "cpi_score", "fh_status", "fh_score",
            "death_penalty", "extradition_treaty", "notes");

    private CountryProfilesCsv() {
    }

    public static List<CountryProfile> read(Path file) {
        return ReferenceFileException.reading(file, CountryProfilesCsv::read);
    }

    public static List<CountryProfile> read(Reader reader, String file) {
        Set<String> seen = new HashSet<>();
        return CsvRows.read(reader, file, COLUMNS, row -> {
            String iso2 = row.country("iso2");
            if (iso2 == null) {
                throw row.fail("iso2", "is empty");
            }
            if (!seen.add(iso2)) {
                throw row.fail("iso2", iso2 + " appears twice");
            }
            return new CountryProfile(iso2, row.text("name"), row.score("cpi_score"),
                    row.enumValue("fh_status", FreedomStatus.class), row.score("fh_score"),
                    row.enumValue("death_penalty", DeathPenaltyStatus.class), row.bool("extradition_treaty"),
                    row.text("notes"));
        });
    }
}
