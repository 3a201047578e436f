package dev.neurona.nn;

import dev.neurona.data.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * K-fold cross-validation as lesson 3.9 does it: k fresh networks, each validated on one block of
 * the training data and trained on the rest; then the final network trained on all of it, which is
 * the one evaluated on the test set.
 */
public final class KFoldTrainer {

    private final Trainer trainer = new Trainer();

    public TrainingOutcome train(NetworkSpec spec, Examples data, TrainingObserver observer) {
        List<EpochResult> history = new ArrayList<>();
        for (int fold = 0; fold < spec.folds(); fold++) {
            TrainingOutcome outcome =
                    trainer.fit(
                            spec,
                            data,
                            Holdout.fold(fold, spec.folds(), data.size()),
                            fold + 1,
                            observer);
            history.addAll(outcome.history());
            if (outcome.stopped()) {
                return new TrainingOutcome(outcome.network(), history, true);
            }
            // a fold's network is only measured: free its native arrays now, not at some later
            // collection
            outcome.network().close();
        }
        TrainingOutcome last = trainer.fit(spec, data, Holdout.all(data.size()), 0, observer);
        history.addAll(last.history());
        return new TrainingOutcome(last.network(), history, last.stopped());
    }

    /** The validation metric of each epoch averaged over the folds (lesson 3.10's curve); empty epochs are skipped. */
    public static double[] averageValidationMetric(List<EpochResult> history) {
        int epochs =
                history.stream()
                        .filter(r -> r.fold() > 0)
                        .mapToInt(EpochResult::epoch)
                        .max()
                        .orElse(0);
        double[] sums = new double[epochs];
        int[] counts = new int[epochs];
        for (EpochResult r : history) {
            OptionalDouble value = r.valMetric();
            if (r.fold() > 0 && value.isPresent()) {
                sums[r.epoch() - 1] += value.getAsDouble();
                counts[r.epoch() - 1]++;
            }
        }
        double[] means = new double[epochs];
        for (int i = 0; i < epochs; i++) {
            means[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
        }
        return means;
    }
}
