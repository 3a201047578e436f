-- when a worker took the run (queue wait = started_at - created_at), and the training rows it used
-- when its class limits runs to the first N rows (NULL: all of them)
ALTER TABLE training_run ADD COLUMN started_at TIMESTAMP;
ALTER TABLE training_run ADD COLUMN train_rows INT;
