-- casework: each incoming request is a case that moves through the chain of DESIGN.md §3.

-- The case: where the request stands. One case per requesting state and foreign reference, so a
-- request sent twice is never registered twice (also when both copies arrive at once).
CREATE TABLE cases (
    id                VARCHAR(36)                 PRIMARY KEY,
    requesting_state  VARCHAR(2)                  NOT NULL,
    foreign_reference VARCHAR(200)                NOT NULL,
    state             VARCHAR(40)                 NOT NULL,
    version           BIGINT                      NOT NULL,
    received_on       DATE                        NOT NULL,
    deadline          DATE,
    urgent            BOOLEAN                     NOT NULL,
    coercive          BOOLEAN                     NOT NULL,
    screenings        INT                         NOT NULL,
    awaiting_approval VARCHAR(36),
    registered_by     VARCHAR(100)                NOT NULL,
    registered_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT cases_one_per_foreign_reference UNIQUE (requesting_state, foreign_reference)
);
CREATE INDEX cases_by_state ON cases (state);

-- The request itself (request.schema.json), as registered and as amended with new information.
CREATE TABLE case_request_versions (
    case_id     VARCHAR(36)                 NOT NULL REFERENCES cases (id),
    version     INT                         NOT NULL,
    document    VARCHAR                     NOT NULL,
    recorded_by VARCHAR(100)                NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, version)
);

-- Screening findings of the case, by their stable id. Never deleted: a finding that a later
-- screening no longer raises is marked stale, so decisions keep pointing at what they answered.
CREATE TABLE case_findings (
    case_id             VARCHAR(36)  NOT NULL REFERENCES cases (id),
    finding_id          VARCHAR(40)  NOT NULL,
    code                VARCHAR(60)  NOT NULL,
    severity            VARCHAR(20)  NOT NULL,
    person_ref          VARCHAR(40),
    subject             VARCHAR(200) NOT NULL,
    evidence            VARCHAR      NOT NULL,
    grounds             VARCHAR      NOT NULL,
    raised_in_screening INT          NOT NULL,
    stale               BOOLEAN      NOT NULL,
    PRIMARY KEY (case_id, finding_id)
);

-- Decisions are only ever inserted: a correction is a new decision.
CREATE TABLE decisions (
    id             VARCHAR(36)                 PRIMARY KEY,
    case_id        VARCHAR(36)                 NOT NULL REFERENCES cases (id),
    decision_no    INT                         NOT NULL,
    author         VARCHAR(100)                NOT NULL,
    author_role    VARCHAR(40)                 NOT NULL,
    decided_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    from_state     VARCHAR(40)                 NOT NULL,
    outcome        VARCHAR(40)                 NOT NULL,
    to_state       VARCHAR(40)                 NOT NULL,
    grounds        VARCHAR                     NOT NULL,
    reasons        VARCHAR,
    needs_approval BOOLEAN                     NOT NULL,
    CONSTRAINT decisions_numbered UNIQUE (case_id, decision_no)
);

CREATE TABLE decision_dispositions (
    decision_id VARCHAR(36) NOT NULL REFERENCES decisions (id),
    finding_id  VARCHAR(40) NOT NULL,
    disposition VARCHAR(20) NOT NULL,
    reasons     VARCHAR,
    PRIMARY KEY (decision_id, finding_id)
);

-- The supervisor's second pair of eyes, beside the decision it approves.
CREATE TABLE decision_approvals (
    decision_id VARCHAR(36)                 PRIMARY KEY REFERENCES decisions (id),
    approver    VARCHAR(100)                NOT NULL,
    approved_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Need-to-know: the people who worked on a case keep seeing it after it leaves their queue.
CREATE TABLE case_assignments (
    case_id     VARCHAR(36)                 NOT NULL REFERENCES cases (id),
    username    VARCHAR(100)                NOT NULL,
    since       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    because     VARCHAR(40)                 NOT NULL,
    PRIMARY KEY (case_id, username)
);
