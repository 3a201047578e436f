-- Exercise goals a learner met, checked on the server from the stored run: the first run that met it counts.
CREATE TABLE goal_result (
    learner_id   VARCHAR(64)  NOT NULL,
    exercise_id  VARCHAR(64)  NOT NULL,
    run_id       VARCHAR(36)  NOT NULL,
    met_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (learner_id, exercise_id)
);
