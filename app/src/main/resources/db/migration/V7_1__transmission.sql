-- transmission: the results of the execution, their review, the objections, and the one act that
-- sends the cleared ones to the requesting state (DESIGN.md §6).

-- A result item: a seized document, the copy of a data carrier, a hearing record, a bank record.
-- withheld_by is the objection whose upholding withholds it.
CREATE TABLE result_items (
    id          VARCHAR(36)                 PRIMARY KEY,
    case_id     VARCHAR(36)                 NOT NULL,
    item_no     INT                         NOT NULL,
    kind        VARCHAR(40)                 NOT NULL,
    label       VARCHAR(300)                NOT NULL,
    description VARCHAR,
    place_found VARCHAR(300),
    added_by    VARCHAR(100)                NOT NULL,
    added_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    withheld_by VARCHAR(36),
    CONSTRAINT result_items_numbered UNIQUE (case_id, item_no)
);

-- What was uploaded for an item: the original as it came, its text (what is screened and redacted)
-- and its SHA-256. Replaced by a new upload until the results are submitted for review.
CREATE TABLE result_item_contents (
    item_id     VARCHAR(36)                 PRIMARY KEY REFERENCES result_items (id),
    media_type  VARCHAR(100)                NOT NULL,
    original    BYTEA                       NOT NULL,
    text        VARCHAR                     NOT NULL,
    sha256      VARCHAR(64)                 NOT NULL,
    size        BIGINT                      NOT NULL,
    uploaded_by VARCHAR(100)                NOT NULL,
    uploaded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Names of other protected persons in the item's text (ROG-THIRD-PARTY-DATA).
CREATE TABLE result_item_findings (
    item_id      VARCHAR(36)      NOT NULL REFERENCES result_items (id),
    finding_id   VARCHAR(40)      NOT NULL,
    register_id  VARCHAR(40)      NOT NULL,
    matched_name VARCHAR(300)     NOT NULL,
    mention      VARCHAR(300)     NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (item_id, finding_id)
);

-- The reviews of an item, only ever inserted; the latest counts. A redaction keeps its text beside
-- the original, which stays as it was.
CREATE TABLE result_item_reviews (
    id              VARCHAR(36)                 PRIMARY KEY,
    item_id         VARCHAR(36)                 NOT NULL REFERENCES result_items (id),
    review_no       INT                         NOT NULL,
    decision        VARCHAR(20)                 NOT NULL,
    reasons         VARCHAR                     NOT NULL,
    redacted_text   VARCHAR,
    redacted_sha256 VARCHAR(64),
    reviewer        VARCHAR(100)                NOT NULL,
    reviewed_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT result_item_reviews_numbered UNIQUE (item_id, review_no)
);

-- When the affected person was notified: the remedy period runs from the latest notification.
CREATE TABLE affected_person_notifications (
    id          VARCHAR(36)                 PRIMARY KEY,
    case_id     VARCHAR(36)                 NOT NULL,
    person      VARCHAR(300)                NOT NULL,
    notified_on DATE                        NOT NULL,
    recorded_by VARCHAR(100)                NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Objections and the judge's ruling on each.
CREATE TABLE objections (
    id             VARCHAR(36)                 PRIMARY KEY,
    case_id        VARCHAR(36)                 NOT NULL,
    objection_no   INT                         NOT NULL,
    objector       VARCHAR(300)                NOT NULL,
    capacity       VARCHAR(20)                 NOT NULL,
    received_on    DATE                        NOT NULL,
    items          VARCHAR                     NOT NULL,
    grounds        VARCHAR                     NOT NULL,
    recorded_by    VARCHAR(100)                NOT NULL,
    recorded_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ruling         VARCHAR(20),
    ruling_reasons VARCHAR,
    ruled_by       VARCHAR(100),
    ruled_at       TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT objections_numbered UNIQUE (case_id, objection_no)
);

-- The one transmission of a case: what left, in which version, with which hashes, the package
-- itself and its hash, the use-limitation clause it carried.
CREATE TABLE transmissions (
    id                   VARCHAR(36)                 PRIMARY KEY,
    case_id              VARCHAR(36)                 NOT NULL UNIQUE,
    authorising_decision VARCHAR(36)                 NOT NULL,
    channel              VARCHAR(40)                 NOT NULL,
    recipient            VARCHAR(300)                NOT NULL,
    languages            VARCHAR(20)                 NOT NULL,
    grounds              VARCHAR                     NOT NULL,
    use_limitation       VARCHAR                     NOT NULL,
    manifest             VARCHAR                     NOT NULL,
    package              BYTEA                       NOT NULL,
    package_sha256       VARCHAR(64)                 NOT NULL,
    transmitted_by       VARCHAR(100)                NOT NULL,
    transmitted_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE transmission_items (
    transmission_id VARCHAR(36) NOT NULL REFERENCES transmissions (id),
    item_id         VARCHAR(36) NOT NULL REFERENCES result_items (id),
    version         VARCHAR(20) NOT NULL,
    file            VARCHAR(300) NOT NULL,
    sha256          VARCHAR(64) NOT NULL,
    PRIMARY KEY (transmission_id, item_id)
);
