package org.rogatory.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.rogatory.audit.domain.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to write the audit log (DESIGN.md §7): every read and every write of case data
 * records an event here, inside the transaction that reads or writes, so that the event exists
 * exactly when the act took effect. There is no way to call it outside a transaction.
 *
 * <p>Appends are serialised by a lock on the single head row (last sequence and hash): two
 * transactions can never chain onto the same event (no forks), and a sequence number is taken only
 * by a transaction that commits (no gaps), since a rollback also undoes the head update.
 */
@Component
public class AuditTrail {

    private static final JsonMapper DETAILS = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends one event to the chain.
     *
     * @param action  what happened, past tense, dotted ({@code case.read}, {@code decision.recorded})
     * @param caseId  the case concerned, or null
     * @param object  what within the case, or null
     * @param details facts worth keeping with the event (serialised as JSON with sorted keys)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(Actor actor, String action, String caseId, String object, Map<String, ?> details) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEvent event = AuditEvent.chain(head.sequence() + 1, now, actor.username(), actor.role(), action, caseId,
                object, DETAILS.writeValueAsString(details), head.hash());
        jdbc.sql("""
                insert into audit_events (seq, occurred_at, username, actor_role, action, case_id, object_ref, details,
                                          prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.sequence(), OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC),
                        event.username(), event.role(), event.action(), event.caseId(), event.object(),
                        event.details(), event.previousHash(), event.hash())
                .update();
        jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1")
                .params(event.sequence(), event.hash())
                .update();
        return event;
    }

    /**
     * The events about one case, oldest first. Callers check that the reader may see them and
     * record the reading.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEvent> eventsOf(String caseId) {
        return jdbc.sql("""
                select seq, occurred_at, username, actor_role, action, case_id, object_ref, details, prev_hash, hash
                from audit_events where case_id = ? order by seq""")
                .param(caseId)
                .query((rs, n) -> new AuditEvent(rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                        rs.getString("actor_role"), rs.getString("action"), rs.getString("case_id"),
                        rs.getString("object_ref"), rs.getString("details"), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list();
    }

    private record Head(long sequence, String hash) {
    }
}
