-- H2 twin of db/postgresql/V8__cluster.sql, so both databases keep the same versions and tables. A node
-- on the embedded H2 is alone and never uses them (its queue, event logs and models stay in memory and
-- its data directory); they exist so the schema reads the same whichever database a server was given.
CREATE TABLE cluster_node (
    id            VARCHAR(36)               PRIMARY KEY,
    started_at    TIMESTAMP WITH TIME ZONE  NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    workers       INT                       NOT NULL
);

ALTER TABLE training_run ADD COLUMN owner_node VARCHAR(36);
ALTER TABLE training_run ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE training_run ADD COLUMN limits_json CLOB;
ALTER TABLE training_run ADD COLUMN max_running INT DEFAULT 1 NOT NULL;
ALTER TABLE training_run ADD COLUMN cancel_by VARCHAR(16);
ALTER TABLE training_run ADD COLUMN progress DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE training_run ADD COLUMN queued_seq BIGINT;

CREATE SEQUENCE learner_turn_seq;
CREATE TABLE learner_turn (
    learner_id  VARCHAR(64)  PRIMARY KEY,
    served      BIGINT       NOT NULL
);

CREATE TABLE run_event_seq (
    run_id  VARCHAR(36)  PRIMARY KEY,
    seq     BIGINT       NOT NULL
);

CREATE TABLE run_event (
    run_id      VARCHAR(36)               NOT NULL,
    event_id    BIGINT                    NOT NULL,
    event_type        VARCHAR(16)               NOT NULL,
    event_json        CLOB                      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE  DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, event_id)
);

CREATE TABLE run_model (
    run_id      VARCHAR(36)               PRIMARY KEY,
    zip         BLOB                      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE  DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE rate_bucket (
    bucket_key      VARCHAR(200)              PRIMARY KEY,
    full_at  TIMESTAMP WITH TIME ZONE  NOT NULL
);

CREATE TABLE cluster_setting (
    name   VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(200)  NOT NULL
);
