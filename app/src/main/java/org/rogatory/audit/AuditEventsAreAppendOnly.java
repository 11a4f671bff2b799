package org.rogatory.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard on the audit table ({@code db/vendor/h2}): refuses every UPDATE and DELETE, so that
 * not even the application's own connection can rewrite history. PostgreSQL has the same guard as
 * a PL/pgSQL trigger.
 */
public final class AuditEventsAreAppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit events are append-only", "27000");
    }
}
