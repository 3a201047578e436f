package dev.neurona.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A validated network and training configuration: Dense hidden layers, output, loss, optimizer and
 * the fit parameters. Learners' configurations come through {@link SpecParser}, which enforces the limits.
 */
public record NetworkSpec(
        String dataset,
        int inputs,
        List<DenseLayerSpec> hidden,
        int outputs,
        Activation output,
        Loss loss,
        Optimizer optimizer,
        double learningRate,
        int epochs,
        int batchSize,
        double validationSplit,
        long seed,
        Regularization regularization,
        EarlyStopping earlyStopping,
        Metric metric,
        int validationFirst,
        int folds,
        java.util.Optional<PlaygroundSetup> playground) {

    public NetworkSpec {
        hidden = List.copyOf(hidden);
    }

    /** A spec without regularization or early stopping. */
    public NetworkSpec(String dataset, int inputs, List<DenseLayerSpec> hidden, int outputs, Activation output, Loss loss,
            Optimizer optimizer, double learningRate, int epochs, int batchSize, double validationSplit, long seed) {
        this(dataset, inputs, hidden, outputs, output, loss, optimizer, learningRate, epochs, batchSize, validationSplit,
                seed, Regularization.NONE, EarlyStopping.OFF, Metric.ACCURACY, 0, 0, java.util.Optional.empty());
    }

    /** A copy trained for another number of epochs (the final model after K-fold, a retrain). */
    public NetworkSpec withEpochs(int newEpochs) {
        return new NetworkSpec(dataset, inputs, hidden, outputs, output, loss, optimizer, learningRate, newEpochs, batchSize,
                validationSplit, seed, regularization, earlyStopping, metric, validationFirst, folds, playground);
    }

    /** Whether K-fold cross-validation replaces the single hold-out. */
    public boolean isKFold() {
        return folds >= 2;
    }

    /** Trainable parameters: weights plus biases of every Dense layer. */
    public long parameterCount() {
        long total = 0;
        int previous = inputs;
        for (DenseLayerSpec layer : hidden) {
            total += (long) previous * layer.units() + layer.units();
            previous = layer.units();
        }
        return total + (long) previous * outputs + outputs;
    }

    /** Every layer including the output one, in order. */
    public List<DenseLayerSpec> layers() {
        List<DenseLayerSpec> all = new ArrayList<>(hidden);
        all.add(new DenseLayerSpec(outputs, output));
        return all;
    }

    /** The configuration as the {@code key: value} strings {@link SpecParser} reads back. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(SpecField.HIDDEN.key(), hidden.stream().map(DenseLayerSpec::text).collect(Collectors.joining(", ")));
        values.put(SpecField.OUTPUT.key(), output.kerasName());
        values.put(SpecField.LOSS.key(), loss.kerasName());
        values.put(SpecField.OPTIMIZER.key(), optimizer.kerasName());
        values.put(SpecField.LEARNING_RATE.key(), SpecField.format(learningRate));
        values.put(SpecField.EPOCHS.key(), Integer.toString(epochs));
        values.put(SpecField.BATCH_SIZE.key(), Integer.toString(batchSize));
        values.put(SpecField.VALIDATION_SPLIT.key(), SpecField.format(validationSplit));
        values.put(SpecField.SEED.key(), Long.toString(seed));
        values.put(SpecField.DROPOUT.key(), SpecField.format(regularization.dropout()));
        values.put(SpecField.L1.key(), SpecField.format(regularization.l1()));
        values.put(SpecField.L2.key(), SpecField.format(regularization.l2()));
        values.put(SpecField.PATIENCE.key(), Integer.toString(earlyStopping.patience()));
        values.put(SpecField.RESTORE_BEST.key(), Boolean.toString(earlyStopping.restoreBest()));
        values.put(SpecField.METRIC.key(), metric.kerasName());
        values.put(SpecField.VALIDATION_FIRST.key(), Integer.toString(validationFirst));
        values.put(SpecField.KFOLD.key(), Integer.toString(folds));
        playground.ifPresent(p -> {
            values.put(SpecField.TOY.key(), p.data().kind().key());
            values.put(SpecField.POINTS.key(), Integer.toString(p.data().points()));
            values.put(SpecField.NOISE.key(), SpecField.format(p.data().noise()));
            values.put(SpecField.TRAIN_RATIO.key(), SpecField.format(p.data().trainRatio()));
            values.put(SpecField.FEATURES.key(), p.features().keys());
        });
        return values;
    }
}
