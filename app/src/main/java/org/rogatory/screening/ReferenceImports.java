package org.rogatory.screening;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.rogatory.audit.Actor;
import org.rogatory.audit.AuditTrail;
import org.rogatory.matching.RegisterCsv;
import org.rogatory.matching.RegisterEntry;
import org.rogatory.matching.RegisterFormatException;
import org.rogatory.matching.Utf8Text;
import org.rogatory.screening.domain.CountryProfile;
import org.rogatory.screening.domain.PriorDecision;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports reference data from the CSV files of DESIGN.md §10: the whole file is read and checked row
 * by row first (a bad row names file, line and field, and nothing is written), then it replaces the
 * table's content in one transaction, recorded in the audit trail with the file's SHA-256. The open
 * requests are then screened again ({@link ReferenceDataChanged}).
 */
@Service
public class ReferenceImports {

    /** What a file holds. */
    public enum Kind {
        REGISTER, COUNTRIES, DECISIONS;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind ofSlug(String slug) {
            return valueOf(slug.toUpperCase(Locale.ROOT));
        }
    }

    /** What an import did. */
    public record Imported(Kind kind, String file, String sha256, int rows) {
    }

    private final ReferenceTables tables;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceImports(ReferenceTables tables, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.tables = tables;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Replaces the reference data of this kind with the file's content.
     *
     * @param progress told the number of rows written so far, every {@value ReferenceTables#BATCH}
     * @throws ReferenceFileException when the file is not valid; nothing is written then
     */
    @Transactional
    public Imported importFile(Kind kind, String fileName, byte[] content, Actor actor, IntConsumer progress) {
        Rows rows = check(kind, fileName, content);
        if (rows instanceof Rows.Register && rows.size() == 0) {
            // a register without a row would lift every protection at once, and every finding it raised
            throw new ReferenceFileException(fileName, 1, null,
                    "has no entries: importing it would empty the register of protected persons");
        }
        if (rows instanceof Rows.Register register) {
            tables.replaceRegister(register.entries(), progress);
        } else if (rows instanceof Rows.Countries countries) {
            tables.replaceCountries(countries.profiles(), progress);
        } else if (rows instanceof Rows.Decisions decisions) {
            tables.replaceDecisions(decisions.decisions(), progress);
        }
        String sha256 = sha256(content);
        tables.recordImport(UUID.randomUUID().toString(), kind.name(), fileName, sha256, rows.size(),
                actor.username(), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("sha256", sha256);
        details.put("rows", rows.size());
        audit.record(actor, "reference." + kind.slug() + ".imported", null, kind.slug(), details);
        events.publishEvent(new ReferenceDataChanged(kind, sha256));
        return new Imported(kind, fileName, sha256, rows.size());
    }

    /**
     * Reads and checks a file without writing anything: the rows, or a {@link ReferenceFileException}
     * naming file, line and field.
     */
    public static Rows check(Kind kind, String fileName, byte[] content) {
        String text = utf8(content, fileName);
        return switch (kind) {
            case REGISTER -> new Rows.Register(register(text, fileName));
            case COUNTRIES -> new Rows.Countries(CountryProfilesCsv.read(new StringReader(text), fileName));
            case DECISIONS -> new Rows.Decisions(PriorDecisionsCsv.read(new StringReader(text), fileName));
        };
    }

    /** The checked rows of a file. */
    public sealed interface Rows {
        int size();

        record Register(List<RegisterEntry> entries) implements Rows {
            public int size() {
                return entries.size();
            }
        }

        record Countries(List<CountryProfile> profiles) implements Rows {
            public int size() {
                return profiles.size();
            }
        }

        record Decisions(List<PriorDecision> decisions) implements Rows {
            public int size() {
                return decisions.size();
            }
        }
    }

    private static List<RegisterEntry> register(String text, String fileName) {
        try (Reader reader = new StringReader(text)) {
            return RegisterCsv.read(reader, fileName);
        } catch (RegisterFormatException e) {
            throw new ReferenceFileException(e.file(), e.line(), e.field(), e.problem());
        } catch (IOException e) {
            throw new ReferenceFileException(fileName, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static String utf8(byte[] content, String fileName) {
        try {
            return Utf8Text.decode(content);
        } catch (Utf8Text.NotUtf8 e) {
            throw new ReferenceFileException(fileName, e.line(), null, e.getMessage());
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
