package org.rogatory.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rogatory.audit.domain.AuditEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to write the audit log (DESIGN.md §7): every read and every write of case data
 * records its events here, inside the transaction that reads or writes, so that an event exists
 * exactly when the act took effect. There is no way to call it outside a transaction.
 *
 * <p>Appends are serialised by a lock on the single head row (last sequence and hash): two
 * transactions can never chain onto the same event (no forks), and a sequence number is taken only
 * by a transaction that commits (no gaps), since a rollback also undoes the head update. The lock
 * is held until the transaction ends, so a transaction should append its events together, after its
 * other writes ({@link #recordAll}).
 */
@Component
public class AuditTrail {

    private static final JsonMapper DETAILS = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Something that happened, to be appended.
     *
     * @param action  what happened, past tense, dotted ({@code case.read}, {@code decision.recorded})
     * @param caseId  the case concerned, or null
     * @param object  what within the case, or null
     * @param details facts worth keeping with the event (serialised as JSON with sorted keys)
     */
    public record Entry(Actor actor, String action, String caseId, String object, Map<String, ?> details) {
    }

    /** Appends one event to the chain. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(Actor actor, String action, String caseId, String object, Map<String, ?> details) {
        return append(List.of(new Entry(actor, action, caseId, object, details))).get(0);
    }

    /** Appends events to the chain in the order given, under one lock of the head. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEvent> recordAll(List<Entry> entries) {
        return entries.isEmpty() ? List.of() : append(entries);
    }

    /**
     * The events about one case, oldest first. Callers check that the reader may see them and
     * record the reading.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEvent> eventsOf(String caseId) {
        return jdbc.query("""
                select seq, occurred_at, username, actor_role, action, case_id, object_ref, details, prev_hash, hash
                from audit_events where case_id = ? order by seq""",
                (rs, n) -> new AuditEvent(rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("case_id"),
                        rs.getString("object_ref"), rs.getString("details"), rs.getString("prev_hash"),
                        rs.getString("hash")),
                caseId);
    }

    private List<AuditEvent> append(List<Entry> entries) {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1 for update");
        long sequence = head.get("last_seq") == null ? 0 : ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditEvent> events = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            AuditEvent event = AuditEvent.chain(++sequence, now, entry.actor().username(), entry.actor().role(),
                    entry.action(), entry.caseId(), entry.object(), DETAILS.writeValueAsString(entry.details()),
                    previous);
            events.add(event);
            previous = event.hash();
        }
        jdbc.batchUpdate("""
                insert into audit_events (seq, occurred_at, username, actor_role, action, case_id, object_ref, details,
                                          prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", events, events.size(), (statement, event) -> {
            statement.setLong(1, event.sequence());
            statement.setObject(2, OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC));
            statement.setString(3, event.username());
            statement.setString(4, event.role());
            statement.setString(5, event.action());
            statement.setString(6, event.caseId());
            statement.setString(7, event.object());
            statement.setString(8, event.details());
            statement.setString(9, event.previousHash());
            statement.setString(10, event.hash());
        });
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", sequence, previous);
        return events;
    }

    /** Audit details, in the order given, leaving out what is null: {@code details("outcome", o, "grounds", g)}. */
    public static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}
