-- Which lessons a learner has opened, for the course map and "continue where I left off".
CREATE TABLE lesson_visit (
    learner_id   VARCHAR(64) NOT NULL,
    lesson_id    VARCHAR(16) NOT NULL,
    first_visit  TIMESTAMP   NOT NULL,
    last_visit   TIMESTAMP   NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
);
