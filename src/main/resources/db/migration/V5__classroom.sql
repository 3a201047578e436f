-- Classroom hosting: the instructor account and its sign-in sessions, classes with a join code and
-- per-run limits, and the learners who joined a class (their id is the learner cookie they already had).
-- Portable SQL: it runs unchanged on H2 and PostgreSQL.
CREATE TABLE instructor (
    id              VARCHAR(36)  PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    password_hash   VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP    NOT NULL
);

-- only a SHA-256 of the session token is stored: a copy of the database does not sign anyone in
CREATE TABLE instructor_session (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    instructor_id   VARCHAR(36)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    expires_at      TIMESTAMP    NOT NULL
);

CREATE TABLE class_group (
    id                VARCHAR(36)  PRIMARY KEY,
    instructor_id     VARCHAR(36)  NOT NULL,
    name              VARCHAR(120) NOT NULL,
    join_code         VARCHAR(16)  NOT NULL UNIQUE,
    created_at        TIMESTAMP    NOT NULL,
    max_epochs        INT,
    max_parameters    BIGINT,
    max_wall_seconds  INT,
    max_train_rows    INT
);

-- a learner belongs to at most one class; display names are unique inside a class (case-insensitive)
CREATE TABLE class_member (
    learner_id    VARCHAR(64)  PRIMARY KEY,
    class_id      VARCHAR(36)  NOT NULL,
    display_name  VARCHAR(60)  NOT NULL,
    name_key      VARCHAR(60)  NOT NULL,
    pin_hash      VARCHAR(100) NOT NULL,
    joined_at     TIMESTAMP    NOT NULL,
    CONSTRAINT class_member_name UNIQUE (class_id, name_key)
);
CREATE INDEX class_member_class ON class_member (class_id);
