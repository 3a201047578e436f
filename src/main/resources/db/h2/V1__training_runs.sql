-- Summaries of training runs, kept across restarts. Each row records the full configuration,
-- the dataset's source and the seed, so any curve can be reproduced.
CREATE TABLE training_run (
    id              VARCHAR(36)  PRIMARY KEY,
    learner_id      VARCHAR(64)  NOT NULL,
    lesson_id       VARCHAR(16)  NOT NULL,
    exercise_id     VARCHAR(64)  NOT NULL,
    dataset         VARCHAR(32)  NOT NULL,
    dataset_source  VARCHAR(64),
    config_json     CLOB         NOT NULL,
    seed            BIGINT       NOT NULL,
    parameters      BIGINT       NOT NULL,
    epochs          INT          NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    finished_at     TIMESTAMP,
    epochs_done     INT          DEFAULT 0 NOT NULL,
    history_json    CLOB,
    result_json     CLOB,
    test_loss       DOUBLE PRECISION,
    test_accuracy   DOUBLE PRECISION,
    error_code      VARCHAR(32)
);
CREATE INDEX training_run_learner ON training_run (learner_id, created_at);
