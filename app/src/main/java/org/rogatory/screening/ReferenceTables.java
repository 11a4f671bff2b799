package org.rogatory.screening;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntConsumer;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.screening.domain.CountryProfile;
import org.rogatory.screening.domain.CountryProfile.DeathPenaltyStatus;
import org.rogatory.screening.domain.CountryProfile.FreedomStatus;
import org.rogatory.screening.domain.PriorDecision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The screening tables: register, country profiles, prior decisions, and the log of imports. An
 * import replaces a table's content as a whole, in the caller's transaction, in batches (a register
 * of 100,000 rows is written in seconds).
 */
@Repository
class ReferenceTables {

    static final int BATCH = 1_000;
    private static final String SEPARATOR = "|";

    private final JdbcTemplate batches;
    private final JdbcClient jdbc;

    ReferenceTables(JdbcTemplate batches, JdbcClient jdbc) {
        this.batches = batches;
        this.jdbc = jdbc;
    }

    void replaceRegister(List<RegisterEntry> entries, IntConsumer progress) {
        jdbc.sql("delete from screening_register").update();
        insert("""
                insert into screening_register (id, categories, names, birth_date, nationalities, persecuting_states,
                                                since, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", entries, progress, (ps, e) -> {
            ps.setString(1, e.id());
            ps.setString(2, joined(e.categories()));
            ps.setString(3, joined(e.names()));
            ps.setString(4, e.birthDate());
            ps.setString(5, joined(e.nationalities()));
            ps.setString(6, joined(e.persecutingStates()));
            ps.setString(7, e.since());
            ps.setString(8, e.note());
        });
    }

    void replaceCountries(List<CountryProfile> profiles, IntConsumer progress) {
        jdbc.sql("delete from screening_countries").update();
        insert("""
                insert into screening_countries (iso2, name, cpi_score, fh_status, fh_score, death_penalty,
                                                 extradition_treaty, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", profiles, progress, (ps, p) -> {
            ps.setString(1, p.iso2());
            ps.setString(2, p.name());
            ps.setObject(3, p.corruptionPerceptionsIndex(), Types.INTEGER);
            ps.setString(4, p.freedomStatus() == null ? null : p.freedomStatus().name());
            ps.setObject(5, p.freedomScore(), Types.INTEGER);
            ps.setString(6, p.deathPenalty() == null ? null : p.deathPenalty().name());
            ps.setObject(7, p.extraditionTreaty(), Types.BOOLEAN);
            ps.setString(8, p.notes());
        });
    }

    void replaceDecisions(List<PriorDecision> decisions, IntConsumer progress) {
        jdbc.sql("delete from screening_decisions").update();
        insert("""
                insert into screening_decisions (id, kind, decided_in, authority, decided_on, requesting_state, names,
                                                 summary)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", decisions, progress, (ps, d) -> {
            ps.setString(1, d.id());
            ps.setString(2, d.kind().name());
            ps.setString(3, d.state());
            ps.setString(4, d.authority());
            ps.setObject(5, d.date() == null ? null : Date.valueOf(d.date()), Types.DATE);
            ps.setString(6, d.requestingState());
            ps.setString(7, joined(d.names()));
            ps.setString(8, d.summary());
        });
    }

    void recordImport(String id, String kind, String fileName, String sha256, int rows, String by, Instant at) {
        jdbc.sql("""
                insert into screening_imports (id, kind, file_name, sha256, row_count, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kind, fileName, sha256, rows, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** How many imports were made: the reference data changed when this did. */
    long imports() {
        return jdbc.sql("select count(*) from screening_imports").query(Long.class).single();
    }

    List<RegisterEntry> register() {
        return jdbc.sql("""
                select id, categories, names, birth_date, nationalities, persecuting_states, since, note
                from screening_register order by id""")
                .query((rs, n) -> new RegisterEntry(rs.getString("id"), split(rs.getString("categories")),
                        split(rs.getString("names")), rs.getString("birth_date"), split(rs.getString("nationalities")),
                        split(rs.getString("persecuting_states")), rs.getString("since"), rs.getString("note")))
                .list();
    }

    List<CountryProfile> countries() {
        return jdbc.sql("""
                select iso2, name, cpi_score, fh_status, fh_score, death_penalty, extradition_treaty, notes
                from screening_countries order by iso2""")
                .query((rs, n) -> new CountryProfile(rs.getString("iso2"), rs.getString("name"),
                        rs.getObject("cpi_score", Integer.class),
                        rs.getString("fh_status") == null ? null : FreedomStatus.valueOf(rs.getString("fh_status")),
                        rs.getObject("fh_score", Integer.class),
                        rs.getString("death_penalty") == null
                                ? null : DeathPenaltyStatus.valueOf(rs.getString("death_penalty")),
                        rs.getObject("extradition_treaty", Boolean.class), rs.getString("notes")))
                .list();
    }

    List<PriorDecision> decisions() {
        return jdbc.sql("""
                select id, kind, decided_in, authority, decided_on, requesting_state, names, summary
                from screening_decisions order by id""")
                .query((rs, n) -> new PriorDecision(rs.getString("id"), PriorDecision.Kind.valueOf(rs.getString("kind")),
                        rs.getString("decided_in"), rs.getString("authority"),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("requesting_state"),
                        split(rs.getString("names")), rs.getString("summary")))
                .list();
    }

    private <T> void insert(String sql, List<T> rows, IntConsumer progress, RowWriter<T> writer) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<T> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            batches.batchUpdate(sql, batch, batch.size(), writer::write);
            progress.accept(from + batch.size());
        }
    }

    @FunctionalInterface
    private interface RowWriter<T> {
        void write(PreparedStatement statement, T row) throws SQLException;
    }

    private static String joined(List<String> values) {
        return String.join(SEPARATOR, values);
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\\" + SEPARATOR));
    }
}
