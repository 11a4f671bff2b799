-- casework: every move of a case from one state to the next and when it happened, so that the time a
-- request spends in each stage can be measured (oversight figures, DESIGN.md §8). Only ever inserted.
CREATE TABLE case_moves (
    case_id    VARCHAR(36)                 NOT NULL REFERENCES cases (id),
    move_no    INT                         NOT NULL,
    from_state VARCHAR(40)                 NOT NULL,
    act        VARCHAR(40)                 NOT NULL,
    to_state   VARCHAR(40)                 NOT NULL,
    moved_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, move_no)
);
