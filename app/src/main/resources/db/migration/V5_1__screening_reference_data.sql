-- screening: the reference data requests are screened against (DESIGN.md §4, §10), imported from
-- their CSV files. Lists are kept '|'-separated as in the files; an empty column is unknown.

-- The register of protected persons.
CREATE TABLE screening_register (
    id                 VARCHAR(64)  PRIMARY KEY,
    categories         VARCHAR      NOT NULL,
    names              VARCHAR      NOT NULL,
    birth_date         VARCHAR(10),
    nationalities      VARCHAR      NOT NULL,
    persecuting_states VARCHAR      NOT NULL,
    since              VARCHAR(10),
    note               VARCHAR
);

-- Country profiles: an empty cell stays NULL, never false or low.
CREATE TABLE screening_countries (
    iso2               VARCHAR(2)   PRIMARY KEY,
    name               VARCHAR(200),
    cpi_score          INT,
    fh_status          VARCHAR(2),
    fh_score           INT,
    death_penalty      VARCHAR(30),
    extradition_treaty BOOLEAN,
    notes              VARCHAR
);

-- Prior decisions about persons, by other authorities or here.
CREATE TABLE screening_decisions (
    id               VARCHAR(64)  PRIMARY KEY,
    kind             VARCHAR(40)  NOT NULL,
    decided_in       VARCHAR(2),
    authority        VARCHAR,
    decided_on       DATE,
    requesting_state VARCHAR(2)   NOT NULL,
    names            VARCHAR      NOT NULL,
    summary          VARCHAR
);

-- Every import: which file (by SHA-256) replaced which reference data, when and by whom.
CREATE TABLE screening_imports (
    id          VARCHAR(36)                 PRIMARY KEY,
    kind        VARCHAR(20)                 NOT NULL,
    file_name   VARCHAR(300)                NOT NULL,
    sha256      VARCHAR(64)                 NOT NULL,
    row_count   INT                         NOT NULL,
    imported_by VARCHAR(100)                NOT NULL,
    imported_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
