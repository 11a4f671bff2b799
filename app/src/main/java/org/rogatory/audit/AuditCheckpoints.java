package org.rogatory.audit;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.audit.domain.CheckpointVerdict;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Signed checkpoints of the audit chain's head, taken when oversight asks for one and checked when
 * it brings one back (docs/audit.md). Nothing is stored: a checkpoint is worth what the place
 * oversight keeps it in is worth, out of reach of whoever runs the database.
 */
@Service
public class AuditCheckpoints {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final AuditSigningKey key;
    private final Clock clock;

    AuditCheckpoints(JdbcTemplate jdbc, DataSource dataSource, AuditSigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.key = key;
        this.clock = clock;
    }

    /**
     * The head as committed now, signed. It says what the log was, not that it was intact: verify
     * the chain too (oversight usually does both at one visit).
     */
    public Checkpoint take() {
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
        long sequence = head.get("last_seq") == null ? 0 : ((Number) head.get("last_seq")).longValue();
        return Checkpoint.sign(sequence, ((String) head.get("last_hash")).strip(), clock.instant(), key.keys());
    }

    /** Whether the checkpoint is this installation's and the log still holds its head. */
    public CheckpointVerdict verify(Checkpoint checkpoint) throws SQLException {
        return AuditVerifier.verify(dataSource, checkpoint, key::trusts);
    }
}
