-- H2: the audit log refuses UPDATE and DELETE (TRUNCATE is refused by the reference from audit_head).
CREATE TRIGGER audit_events_append_only BEFORE UPDATE, DELETE ON audit_events
    FOR EACH ROW CALL 'org.rogatory.audit.AuditEventsAreAppendOnly';
