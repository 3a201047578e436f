package dev.neurona.data;

import java.util.List;

/**
 * The data of one exercise: training examples (validation is carved out of them), the test examples
 * kept for the end, the class names (empty for regression) and the package the data came from.
 */
public record ExerciseData(String name, String source, Examples train, Examples test, List<String> classNames) {

    public ExerciseData {
        classNames = List.copyOf(classNames);
    }

    /** The same exercise trained on its first {@code rows} training rows only (the test rows stay whole). */
    public ExerciseData withFirstTrainingRows(int rows) {
        return rows >= train.size() ? this : new ExerciseData(name, source, new FirstRows(train, rows), test, classNames);
    }

    /** A regression exercise predicts a number instead of a class. */
    public boolean isRegression() {
        return classNames.isEmpty();
    }
}
