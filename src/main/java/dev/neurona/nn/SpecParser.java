package dev.neurona.nn;

import dev.neurona.nn.FieldError.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code key: value} strings (from an exercise block or a submitted form) into a
 * {@link NetworkSpec}, collecting one error per bad field instead of stopping at the first.
 */
public final class SpecParser {

    private final SpecLimits limits;

    public SpecParser(SpecLimits limits) {
        this.limits = limits;
    }

    public SpecParseResult parse(Map<String, String> values, DatasetShape shape) {
        return parse(values, LayerInput.parseAll(values.getOrDefault(SpecField.HIDDEN.key(), "")), shape);
    }

    /** As {@link #parse(Map, DatasetShape)}, with the hidden layers given field by field (as a form sends them). */
    public SpecParseResult parse(Map<String, String> given, List<LayerInput> layers, DatasetShape shape) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new java.util.LinkedHashMap<>(given);
        for (SpecField field : SpecField.values()) {
            if (field.defaultValue() != null && values.getOrDefault(field.key(), "").isBlank()) {
                values.put(field.key(), field.defaultValue());
            }
        }
        for (String key : values.keySet()) {
            if (SpecField.byKey(key).isEmpty()) {
                errors.add(FieldError.of(key, Problem.UNKNOWN_FIELD, values.get(key)));
            }
        }
        List<DenseLayerSpec> hidden = parseHidden(layers, errors);
        Optional<Activation> output = choice(values, SpecField.OUTPUT, Activation::fromKerasName, errors);
        Optional<Loss> loss = choice(values, SpecField.LOSS, Loss::fromKerasName, errors);
        Optional<Optimizer> optimizer = choice(values, SpecField.OPTIMIZER, Optimizer::fromKerasName, errors);
        Optional<Double> learningRate = decimal(values, SpecField.LEARNING_RATE, SpecField.LEARNING_RATE.max(), errors);
        Optional<Long> epochs = integer(values, SpecField.EPOCHS, limits.maxEpochs(), errors);
        Optional<Long> batchSize = integer(values, SpecField.BATCH_SIZE, limits.maxBatchSize(), errors);
        Optional<Double> validationSplit = decimal(values, SpecField.VALIDATION_SPLIT, SpecField.VALIDATION_SPLIT.max(), errors);
        Optional<Long> seed = integer(values, SpecField.SEED, (long) SpecField.SEED.max(), errors);
        Optional<Double> dropout = decimal(values, SpecField.DROPOUT, SpecField.DROPOUT.max(), errors);
        Optional<Double> l1 = decimal(values, SpecField.L1, SpecField.L1.max(), errors);
        Optional<Double> l2 = decimal(values, SpecField.L2, SpecField.L2.max(), errors);
        Optional<Long> patience = integer(values, SpecField.PATIENCE, (long) SpecField.PATIENCE.max(), errors);
        Optional<Boolean> restoreBest = choice(values, SpecField.RESTORE_BEST, SpecParser::bool, errors);
        Optional<Metric> metric = choice(values, SpecField.METRIC, Metric::fromKerasName, errors);
        Optional<Long> validationFirst = integer(values, SpecField.VALIDATION_FIRST, shape.trainExamples() - 1L, errors);
        Optional<Long> folds = integer(values, SpecField.KFOLD, (long) SpecField.KFOLD.max(), errors);
        checkValidation(values, validationSplit, validationFirst, folds, shape, errors);
        Optional<PlaygroundSetup> playground = Optional.empty();
        if (shape.dataset().equals(DatasetShape.PLAYGROUND.dataset())) {
            playground = playground(values, seed, errors);
            if (playground.isPresent()) {
                shape = new DatasetShape(shape.dataset(), playground.get().features().size(), shape.outputs(), shape.trainExamples());
            }
        }
        boolean anyValidation = validationSplit.orElse(0.0) > 0 || validationFirst.orElse(0L) > 0 || folds.orElse(0L) >= 2;
        if (patience.isPresent() && patience.get() > 0 && !anyValidation && validationSplit.isPresent()) {
            // early stopping watches the validation loss: without validation data there is nothing to watch
            errors.add(FieldError.of(SpecField.PATIENCE.key(), Problem.NEEDS_VALIDATION, values.get(SpecField.PATIENCE.key())));
        }

        if (output.isPresent() && metric.isPresent() && !metric.get().fits(output.get())) {
            errors.add(new FieldError(SpecField.METRIC.key(), Problem.METRIC_DOES_NOT_FIT_OUTPUT,
                    metric.get().kerasName(), output.get().kerasName()));
        }
        if (output.isPresent() && output.get() == Activation.SOFTMAX && shape.outputs() < 2) {
            errors.add(new FieldError(SpecField.OUTPUT.key(), Problem.SOFTMAX_NEEDS_CLASSES,
                    output.get().kerasName(), Integer.toString(shape.outputs())));
        }
        if (output.isPresent() && loss.isPresent() && !loss.get().fits(output.get())) {
            errors.add(new FieldError(SpecField.LOSS.key(), Problem.LOSS_DOES_NOT_FIT_OUTPUT,
                    loss.get().kerasName(), output.get().kerasName()));
        }
        if (!errors.isEmpty()) {
            return new SpecParseResult(Optional.empty(), List.copyOf(errors));
        }
        NetworkSpec spec = new NetworkSpec(shape.dataset(), shape.inputs(), hidden, shape.outputs(), output.get(),
                loss.get(), optimizer.get(), learningRate.get(), epochs.get().intValue(), batchSize.get().intValue(),
                validationSplit.get(), seed.get(), new Regularization(dropout.get(), l1.get(), l2.get()),
                new EarlyStopping(patience.get().intValue(), restoreBest.get()), metric.get(),
                validationFirst.get().intValue(), folds.get().intValue(), playground);
        if (spec.parameterCount() > limits.maxParameters()) {
            errors.add(new FieldError(SpecField.HIDDEN.key(), Problem.TOO_MANY_PARAMETERS,
                    Long.toString(spec.parameterCount()), Long.toString(limits.maxParameters())));
            return new SpecParseResult(Optional.empty(), List.copyOf(errors));
        }
        return new SpecParseResult(Optional.of(spec), List.of());
    }

    /** The playground's data fields: shape, size, noise, train share and features (lesson 1.12). */
    private static Optional<PlaygroundSetup> playground(Map<String, String> values, Optional<Long> seed, List<FieldError> errors) {
        Optional<dev.neurona.data.Toy2dKind> kind = choice(values, SpecField.TOY, dev.neurona.data.Toy2dKind::fromKey, errors);
        Optional<Long> points = integer(values, SpecField.POINTS, (long) SpecField.POINTS.max(), errors);
        Optional<Double> noise = decimal(values, SpecField.NOISE, SpecField.NOISE.max(), errors);
        Optional<Double> ratio = decimal(values, SpecField.TRAIN_RATIO, SpecField.TRAIN_RATIO.max(), errors);
        Optional<dev.neurona.data.FeatureMap> features = Optional.empty();
        String text = values.getOrDefault(SpecField.FEATURES.key(), SpecField.DEFAULT_FEATURES);
        try {
            features = Optional.of(dev.neurona.data.FeatureMap.parse(text));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(SpecField.FEATURES.key(), text.isBlank() ? Problem.REQUIRED : Problem.UNKNOWN_CHOICE, text));
        }
        if (kind.isEmpty() || points.isEmpty() || noise.isEmpty() || ratio.isEmpty() || features.isEmpty() || seed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlaygroundSetup(new dev.neurona.data.PlaygroundData(kind.get(), points.get().intValue(),
                noise.get(), ratio.get(), seed.get()), features.get()));
    }

    /** One way of validating at a time, and each leaves enough examples to train on. */
    private static void checkValidation(Map<String, String> values, Optional<Double> split, Optional<Long> first,
            Optional<Long> folds, DatasetShape shape, List<FieldError> errors) {
        if (folds.isPresent() && folds.get() == 1) {
            errors.add(new FieldError(SpecField.KFOLD.key(), Problem.BELOW_MIN, "1", "2"));
        }
        int ways = (split.orElse(0.0) > 0 ? 1 : 0) + (first.orElse(0L) > 0 ? 1 : 0) + (folds.orElse(0L) >= 2 ? 1 : 0);
        if (ways > 1) {
            String field = folds.orElse(0L) >= 2 ? SpecField.KFOLD.key() : SpecField.VALIDATION_FIRST.key();
            errors.add(FieldError.of(field, Problem.ONE_VALIDATION_ONLY, values.getOrDefault(field, "")));
        }
        if (folds.isPresent() && folds.get() >= 2 && shape.trainExamples() / folds.get() < 1) {
            errors.add(new FieldError(SpecField.KFOLD.key(), Problem.NOT_ENOUGH_EXAMPLES,
                    folds.get().toString(), Integer.toString(shape.trainExamples())));
        }
    }

    private List<DenseLayerSpec> parseHidden(List<LayerInput> inputs, List<FieldError> errors) {
        List<DenseLayerSpec> layers = new ArrayList<>();
        if (inputs.size() > limits.maxHiddenLayers()) {
            errors.add(new FieldError(SpecField.HIDDEN.key(), Problem.TOO_MANY_LAYERS,
                    Integer.toString(inputs.size()), Integer.toString(limits.maxHiddenLayers())));
            return layers;
        }
        for (int i = 0; i < inputs.size(); i++) {
            String activationField = "hidden." + i + ".activation";
            Optional<Long> units = integerValue("hidden." + i + ".units", inputs.get(i).units(), 1, limits.maxUnits(), errors);
            String activationText = inputs.get(i).activation().trim();
            Optional<Activation> activation = Optional.empty();
            if (activationText.isEmpty()) {
                errors.add(FieldError.of(activationField, Problem.REQUIRED, ""));
            } else {
                activation = Activation.fromKerasName(activationText);
                if (activation.isEmpty() || activation.get() == Activation.SOFTMAX) {
                    // softmax normalises a whole layer into probabilities: only meaningful at the output
                    errors.add(FieldError.of(activationField, Problem.UNKNOWN_CHOICE, activationText));
                    activation = Optional.empty();
                }
            }
            if (units.isPresent() && activation.isPresent()) {
                layers.add(new DenseLayerSpec(units.get().intValue(), activation.get()));
            }
        }
        return layers;
    }

    private static <T> Optional<T> choice(Map<String, String> values, SpecField field,
            java.util.function.Function<String, Optional<T>> lookup, List<FieldError> errors) {
        String text = values.getOrDefault(field.key(), "").trim();
        if (text.isEmpty()) {
            errors.add(FieldError.of(field.key(), Problem.REQUIRED, text));
            return Optional.empty();
        }
        Optional<T> value = lookup.apply(text);
        if (value.isEmpty()) {
            errors.add(FieldError.of(field.key(), Problem.UNKNOWN_CHOICE, text));
        }
        return value;
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Optional.of(true);
            case "false", "off", "no", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Double> decimal(Map<String, String> values, SpecField field, double max, List<FieldError> errors) {
        String text = values.getOrDefault(field.key(), "").trim();
        if (text.isEmpty()) {
            errors.add(FieldError.of(field.key(), Problem.REQUIRED, text));
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field.key(), Problem.NOT_A_NUMBER, text));
            return Optional.empty();
        }
        if (!Double.isFinite(value)) {
            errors.add(FieldError.of(field.key(), Problem.NOT_A_NUMBER, text));
            return Optional.empty();
        }
        if (value < field.min()) {
            errors.add(new FieldError(field.key(), Problem.BELOW_MIN, text, SpecField.format(field.min())));
            return Optional.empty();
        }
        if (value > max) {
            errors.add(new FieldError(field.key(), Problem.ABOVE_MAX, text, SpecField.format(max)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Long> integer(Map<String, String> values, SpecField field, long max, List<FieldError> errors) {
        return integerValue(field.key(), values.getOrDefault(field.key(), ""), (long) field.min(), max, errors);
    }

    private static Optional<Long> integerValue(String field, String raw, long min, long max, List<FieldError> errors) {
        String text = raw.trim();
        if (text.isEmpty()) {
            errors.add(FieldError.of(field, Problem.REQUIRED, text));
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, isDecimal(text) ? Problem.NOT_AN_INTEGER : Problem.NOT_A_NUMBER, text));
            return Optional.empty();
        }
        if (value < min) {
            errors.add(new FieldError(field, Problem.BELOW_MIN, text, Long.toString(min)));
            return Optional.empty();
        }
        if (value > max) {
            errors.add(new FieldError(field, Problem.ABOVE_MAX, text, Long.toString(max)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static boolean isDecimal(String text) {
        try {
            Double.parseDouble(text.replace(',', '.'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
