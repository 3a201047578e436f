-- Several nodes on one PostgreSQL (docs/architecture.md, "Several nodes"): the nodes and their
-- heartbeats, the shared queue's columns on training_run, the learners' last turns for the fair
-- order, and the bounded log of run events that any node replays. PostgreSQL only: with the
-- embedded H2 a node is alone and keeps its queue and logs in memory.
CREATE TABLE cluster_node (
    id            VARCHAR(36)  PRIMARY KEY,
    started_at    TIMESTAMPTZ  NOT NULL,
    heartbeat_at  TIMESTAMPTZ  NOT NULL,
    workers       INT          NOT NULL
);

-- owner_node: the node training the run; attempts: how many times a node took it; cancel_by: who
-- asked it to stop ('learner' or 'instructor')
ALTER TABLE training_run ADD COLUMN owner_node VARCHAR(36);
ALTER TABLE training_run ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE training_run ADD COLUMN limits_json TEXT;
ALTER TABLE training_run ADD COLUMN max_running INT DEFAULT 1 NOT NULL;
ALTER TABLE training_run ADD COLUMN cancel_by VARCHAR(16);
ALTER TABLE training_run ADD COLUMN progress DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE training_run ADD COLUMN queued_seq BIGSERIAL;
CREATE INDEX training_run_unfinished ON training_run (state, learner_id, queued_seq)
    WHERE state IN ('QUEUED', 'RUNNING');

CREATE SEQUENCE learner_turn_seq;
CREATE TABLE learner_turn (
    learner_id  VARCHAR(64)  PRIMARY KEY,
    served      BIGINT       NOT NULL
);

-- the last event id of each run: taken in the transaction that stores the events, so a run's ids
-- are committed in order whichever node logs them (a separate row, so that logging never locks the
-- run's own row, which workers claim with SKIP LOCKED)
CREATE TABLE run_event_seq (
    run_id  VARCHAR(36)  PRIMARY KEY,
    seq     BIGINT       NOT NULL
);

CREATE TABLE run_event (
    run_id      VARCHAR(36)  NOT NULL,
    event_id    BIGINT       NOT NULL,
    event_type        VARCHAR(16)  NOT NULL,
    event_json        TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  DEFAULT now() NOT NULL,
    PRIMARY KEY (run_id, event_id)
);

-- finished runs' models, so that any node can serve, re-evaluate or use a model another node saved
CREATE TABLE run_model (
    run_id      VARCHAR(36)  PRIMARY KEY,
    zip         BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  DEFAULT now() NOT NULL
);

-- the sign-in and join rate limits, shared so that they do not multiply by the number of nodes:
-- per key, the moment its bucket is full again (as the single node's RateLimiter keeps in memory)
CREATE TABLE rate_bucket (
    bucket_key      VARCHAR(200)  PRIMARY KEY,
    full_at  TIMESTAMPTZ   NOT NULL
);

-- values every node must agree on, such as the instructor set-up code
CREATE TABLE cluster_setting (
    name   VARCHAR(64)   PRIMARY KEY,
    setting_value  VARCHAR(200)  NOT NULL
);
