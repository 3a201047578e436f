package dev.neurona.nn;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.data.ExerciseData;

/**
 * What a spec trains on and how, decided in one place for the server and the reference runner:
 * its generated playground points or the bundled dataset it names, with one hold-out or K folds.
 */
public final class SpecTraining {

    private SpecTraining() {
    }

    /** The spec's data: the playground's generated points, or the bundled dataset it names. */
    public static ExerciseData data(NetworkSpec spec, DatasetLibrary datasets) throws DatasetUnavailableException {
        return spec.playground().isPresent() ? spec.playground().get().exerciseData() : datasets.exerciseData(spec.dataset());
    }

    /** Trains as the spec asks: K-fold cross-validation with k ≥ 2, otherwise a single hold-out. */
    public static TrainingOutcome train(NetworkSpec spec, ExerciseData data, TrainingObserver observer) {
        return spec.isKFold() ? new KFoldTrainer().train(spec, data.train(), observer) : new Trainer().train(spec, data.train(), observer);
    }
}
