-- regression exercises (lesson 3.9) report the mean absolute error on test instead of an accuracy
ALTER TABLE training_run ADD COLUMN test_mae DOUBLE PRECISION;
