-- execution: the plan the police draft within the judge's authorisation, the notices to bar
-- presidents, the report of what happened and the incidents it opens (DESIGN.md §5).

-- A new draft supersedes the one before; the latest is the plan. Confirmation is the only change.
CREATE TABLE execution_plans (
    id                VARCHAR(36)                 PRIMARY KEY,
    case_id           VARCHAR(36)                 NOT NULL,
    plan_no           INT                         NOT NULL,
    scheduled_for     TIMESTAMP(0)                NOT NULL,
    places            VARCHAR                     NOT NULL,
    officers          VARCHAR                     NOT NULL,
    foreign_officials VARCHAR                     NOT NULL,
    drafted_by        VARCHAR(100)                NOT NULL,
    drafted_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    confirmed_by      VARCHAR(100),
    confirmed_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT execution_plans_numbered UNIQUE (case_id, plan_no)
);

-- One notice per case, plan and bar (notice_key): sending again never sends a delivered notice
-- twice. A request claims a notice (SENDING) before handing it to the mail server, so two retries
-- at once cannot both send it.
CREATE TABLE bar_notices (
    id           VARCHAR(36)                 PRIMARY KEY,
    case_id      VARCHAR(36)                 NOT NULL,
    plan_id      VARCHAR(36)                 NOT NULL REFERENCES execution_plans (id),
    bar_id       VARCHAR(20)                 NOT NULL,
    notice_key   VARCHAR(120)                NOT NULL UNIQUE,
    language     VARCHAR(2)                  NOT NULL,
    status       VARCHAR(20)                 NOT NULL,
    attempts     INT                         NOT NULL,
    last_error   VARCHAR,
    claimed_at   TIMESTAMP(6) WITH TIME ZONE,
    delivered_at TIMESTAMP(6) WITH TIME ZONE,
    answer       VARCHAR(20),
    answer_note  VARCHAR,
    answered_by  VARCHAR(100),
    answered_at  TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX bar_notices_by_case ON bar_notices (case_id);

-- The report: one per case, filed once.
CREATE TABLE execution_reports (
    case_id     VARCHAR(36)                 PRIMARY KEY,
    plan_id     VARCHAR(36)                 NOT NULL REFERENCES execution_plans (id),
    executed_at TIMESTAMP(0)                NOT NULL,
    present     VARCHAR                     NOT NULL,
    seized      VARCHAR                     NOT NULL,
    hearings    VARCHAR                     NOT NULL,
    incidents   VARCHAR                     NOT NULL,
    filed_by    VARCHAR(100)                NOT NULL,
    filed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Incidents the report opens; the judge's ruling closes one.
CREATE TABLE execution_incidents (
    id             VARCHAR(36)                 PRIMARY KEY,
    case_id        VARCHAR(36)                 NOT NULL,
    incident_no    INT                         NOT NULL,
    kind           VARCHAR(40)                 NOT NULL,
    subject        VARCHAR(100)                NOT NULL,
    detail         VARCHAR                     NOT NULL,
    opened_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ruled_by       VARCHAR(100),
    ruled_at       TIMESTAMP(6) WITH TIME ZONE,
    ruling_reasons VARCHAR,
    CONSTRAINT execution_incidents_numbered UNIQUE (case_id, incident_no)
);
