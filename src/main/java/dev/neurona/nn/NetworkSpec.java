package dev.neurona.nn;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A validated network and training configuration: Dense hidden layers, the output's size, every
 * described setting ({@link SpecSettings}: output, loss, optimizer, fit parameters…) and, for the
 * playground, its generated data. Out-of-range values are refused on construction, so an invalid
 * spec cannot exist; learners' configurations come through {@link SpecParser}, which also applies
 * the configurable {@link SpecLimits} and says what is wrong field by field.
 */
public record NetworkSpec(
        String dataset,
        int inputs,
        List<DenseLayerSpec> hidden,
        int outputs,
        SpecSettings settings,
        Optional<PlaygroundSetup> playground) {

    public NetworkSpec {
        hidden = List.copyOf(hidden);
        if (settings == null) {
            throw new IllegalArgumentException("a spec needs its settings");
        }
        playground.ifPresent(p -> {
            for (SpecField field : SpecField.values()) {
                if (field.placement() == SpecField.Placement.DATA) {
                    field.check(field.valueIn(p));
                }
            }
        });
    }

    /** A spec given setting by setting, as the engine's own runs (the warm-up, tests) write it. */
    public NetworkSpec(String dataset, int inputs, List<DenseLayerSpec> hidden, int outputs, Activation output, Loss loss,
            Optimizer optimizer, double learningRate, int epochs, int batchSize, double validationSplit, long seed,
            Regularization regularization, EarlyStopping earlyStopping, Metric metric, int validationFirst, int folds,
            Optional<PlaygroundSetup> playground) {
        this(dataset, inputs, hidden, outputs, settings(output, loss, optimizer, learningRate, epochs, batchSize,
                validationSplit, seed, regularization, earlyStopping, metric, validationFirst, folds), playground);
    }

    /** A spec without regularization or early stopping. */
    public NetworkSpec(String dataset, int inputs, List<DenseLayerSpec> hidden, int outputs, Activation output, Loss loss,
            Optimizer optimizer, double learningRate, int epochs, int batchSize, double validationSplit, long seed) {
        this(dataset, inputs, hidden, outputs, output, loss, optimizer, learningRate, epochs, batchSize, validationSplit,
                seed, Regularization.NONE, EarlyStopping.OFF, Metric.ACCURACY, 0, 0, Optional.empty());
    }

    private static SpecSettings settings(Activation output, Loss loss, Optimizer optimizer, double learningRate, int epochs,
            int batchSize, double validationSplit, long seed, Regularization regularization, EarlyStopping earlyStopping,
            Metric metric, int validationFirst, int folds) {
        Map<SpecField, Object> values = new EnumMap<>(SpecField.class);
        values.put(SpecField.OUTPUT, output);
        values.put(SpecField.LOSS, loss);
        values.put(SpecField.OPTIMIZER, optimizer);
        values.put(SpecField.LEARNING_RATE, learningRate);
        values.put(SpecField.EPOCHS, epochs);
        values.put(SpecField.BATCH_SIZE, batchSize);
        values.put(SpecField.VALIDATION_SPLIT, validationSplit);
        values.put(SpecField.SEED, seed);
        values.put(SpecField.DROPOUT, regularization.dropout());
        values.put(SpecField.L1, regularization.l1());
        values.put(SpecField.L2, regularization.l2());
        values.put(SpecField.PATIENCE, earlyStopping.patience());
        values.put(SpecField.RESTORE_BEST, earlyStopping.restoreBest());
        values.put(SpecField.METRIC, metric);
        values.put(SpecField.VALIDATION_FIRST, validationFirst);
        values.put(SpecField.KFOLD, folds);
        return new SpecSettings(values);
    }

    public Activation output() {
        return settings.choice(SpecField.OUTPUT, Activation.class);
    }

    public Loss loss() {
        return settings.choice(SpecField.LOSS, Loss.class);
    }

    public Optimizer optimizer() {
        return settings.choice(SpecField.OPTIMIZER, Optimizer.class);
    }

    public double learningRate() {
        return settings.decimal(SpecField.LEARNING_RATE);
    }

    public int epochs() {
        return (int) settings.whole(SpecField.EPOCHS);
    }

    public int batchSize() {
        return (int) settings.whole(SpecField.BATCH_SIZE);
    }

    public double validationSplit() {
        return settings.decimal(SpecField.VALIDATION_SPLIT);
    }

    public long seed() {
        return settings.whole(SpecField.SEED);
    }

    public Regularization regularization() {
        return new Regularization(settings.decimal(SpecField.DROPOUT), settings.decimal(SpecField.L1), settings.decimal(SpecField.L2));
    }

    public EarlyStopping earlyStopping() {
        return new EarlyStopping((int) settings.whole(SpecField.PATIENCE), settings.flag(SpecField.RESTORE_BEST));
    }

    public Metric metric() {
        return settings.choice(SpecField.METRIC, Metric.class);
    }

    /** The first N training examples held out for validation (Keras lessons), 0 for none. */
    public int validationFirst() {
        return (int) settings.whole(SpecField.VALIDATION_FIRST);
    }

    public int folds() {
        return (int) settings.whole(SpecField.KFOLD);
    }

    /** A copy trained for another number of epochs (the final model after K-fold, a retrain). */
    public NetworkSpec withEpochs(int newEpochs) {
        return new NetworkSpec(dataset, inputs, hidden, outputs, settings.with(SpecField.EPOCHS, newEpochs), playground);
    }

    /** Whether K-fold cross-validation replaces the single hold-out. */
    public boolean isKFold() {
        return folds() >= 2;
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
        all.add(new DenseLayerSpec(outputs, output()));
        return all;
    }

    /** The hidden layers as an exercise block writes them: {@code 512 relu, 64 relu}. */
    String hiddenText() {
        return hidden.stream().map(DenseLayerSpec::text).collect(Collectors.joining(", "));
    }

    /** One setting as forms, blocks and shared links write it; empty where this spec has none (the playground's outside it). */
    public Optional<String> text(SpecField field) {
        if (field.placement() == SpecField.Placement.LAYERS) {
            return Optional.of(field.listText(this));
        }
        if (field.placement() == SpecField.Placement.DATA) {
            return playground.map(p -> field.write(field.valueIn(p)));
        }
        return Optional.of(field.write(settings.get(field)));
    }

    /** The configuration as the {@code key: value} strings {@link SpecParser} reads back: the keys of a shared link. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (SpecField field : SpecField.values()) {
            text(field).ifPresent(text -> values.put(field.key(), text));
        }
        return values;
    }
}
