-- audit: the hash-chained log of every read and write of case data (DESIGN.md §7).
-- Events are only ever inserted; db/vendor/* adds the triggers that refuse UPDATE and DELETE.
CREATE TABLE audit_events (
    seq         BIGINT                      PRIMARY KEY,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    username    VARCHAR(100)                NOT NULL,
    actor_role  VARCHAR(40)                 NOT NULL,
    action      VARCHAR(80)                 NOT NULL,
    case_id     VARCHAR(64),
    object_ref  VARCHAR(200),
    details     VARCHAR                     NOT NULL,
    prev_hash   CHAR(64)                    NOT NULL,
    hash        CHAR(64)                    NOT NULL
);
CREATE INDEX audit_events_case ON audit_events (case_id);

-- The head of the chain: one row, locked by every append so that appends queue up instead of
-- forking. It references the last event (NULL while the log is empty), which also stops a TRUNCATE.
CREATE TABLE audit_head (
    id        INT      PRIMARY KEY,
    last_seq  BIGINT   REFERENCES audit_events (seq),
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
