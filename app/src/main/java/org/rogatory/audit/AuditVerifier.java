package org.rogatory.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.rogatory.audit.domain.AuditEvent;
import org.rogatory.audit.domain.ChainVerification;
import org.rogatory.audit.domain.Checkpoint;
import org.rogatory.audit.domain.CheckpointVerdict;

/**
 * Recomputes the whole audit chain from the database (used by {@code GET /api/v1/audit/verify} and
 * {@code rogatory audit verify}), alone or against a signed checkpoint of an earlier head. Reads one
 * consistent snapshot, streaming the events so that a log of millions of events needs no more memory
 * than a few thousand, and recomputes the hashes of one batch while the database sends the next.
 */
public final class AuditVerifier {

    private static final int FETCH_SIZE = 10_000;

    private AuditVerifier() {
    }

    private static CompletableFuture<Void> verifyInBackground(List<AuditEvent> batch, ChainVerification verification) {
        return CompletableFuture.runAsync(() -> batch.forEach(verification::accept));
    }

    public static ChainVerification.Result verify(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection);
        }
    }

    public static ChainVerification.Result verify(Connection connection) throws SQLException {
        return verify(connection, new ChainVerification());
    }

    public static CheckpointVerdict verify(DataSource dataSource, Checkpoint checkpoint, Predicate<String> trusted)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return verify(connection, checkpoint, trusted);
        }
    }

    /**
     * Whether a checkpoint still vouches for the log: the chain verifies, it still holds the
     * checkpoint's head, and the checkpoint is signed by a public key {@code trusted} accepts.
     */
    public static CheckpointVerdict verify(Connection connection, Checkpoint checkpoint, Predicate<String> trusted)
            throws SQLException {
        ChainVerification verification = ChainVerification.holding(checkpoint.sequence(), checkpoint.hash());
        ChainVerification.Result chain = verify(connection, verification);
        return CheckpointVerdict.of(checkpoint, trusted.test(checkpoint.publicKey()), chain, verification.holdsHead());
    }

    private static ChainVerification.Result verify(Connection connection, ChainVerification verification)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        // a snapshot, so events appended while we read cannot disagree with the head we read
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            long headSequence;
            String headHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "select last_seq, last_hash from audit_head where id = 1");
                 ResultSet rs = head.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit head row is missing");
                }
                headSequence = rs.getLong(1);
                headHash = rs.getString(2);
            }
            try (PreparedStatement events = connection.prepareStatement("""
                    select seq, occurred_at, username, actor_role, action, case_id, object_ref, details, prev_hash, hash
                    from audit_events order by seq""")) {
                events.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = events.executeQuery()) {
                    // one batch is hashed while the next is read; never more than two in memory
                    CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
                    List<AuditEvent> batch = new ArrayList<>(FETCH_SIZE);
                    while (rs.next()) {
                        batch.add(new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10)));
                        if (batch.size() == FETCH_SIZE) {
                            previous.join();
                            previous = verifyInBackground(batch, verification);
                            batch = new ArrayList<>(FETCH_SIZE);
                        }
                    }
                    previous.join();
                    verifyInBackground(batch, verification).join();
                }
            }
            connection.commit();
            return verification.finish(headSequence, headHash);
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        }
    }
}
