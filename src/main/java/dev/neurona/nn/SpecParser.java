package dev.neurona.nn;

import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;
import dev.neurona.data.Toy2dKind;
import dev.neurona.nn.FieldError.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
        Map<String, String> values = new LinkedHashMap<>(given);
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
        Map<SpecField, Object> settings = new EnumMap<>(SpecField.class);
        for (SpecField field : SpecField.values()) {
            if (field.stored()) {
                field.parse(values.get(field.key()), max(field, shape), errors).ifPresent(v -> settings.put(field, v));
            }
        }
        Optional<Double> validationSplit = get(settings, SpecField.VALIDATION_SPLIT, Double.class);
        Optional<Long> validationFirst = get(settings, SpecField.VALIDATION_FIRST, Long.class);
        Optional<Long> folds = get(settings, SpecField.KFOLD, Long.class);
        checkValidation(values, validationSplit, validationFirst, folds, shape, errors);
        Optional<PlaygroundSetup> playground = Optional.empty();
        if (shape.dataset().equals(DatasetShape.PLAYGROUND.dataset())) {
            playground = playground(values, get(settings, SpecField.SEED, Long.class), errors);
            if (playground.isPresent()) {
                shape = new DatasetShape(shape.dataset(), playground.get().features().size(), shape.outputs(), shape.trainExamples());
            }
        }
        Optional<Long> patience = get(settings, SpecField.PATIENCE, Long.class);
        boolean anyValidation = validationSplit.orElse(0.0) > 0 || validationFirst.orElse(0L) > 0 || folds.orElse(0L) >= 2;
        if (patience.isPresent() && patience.get() > 0 && !anyValidation && validationSplit.isPresent()) {
            // early stopping watches the validation loss: without validation data there is nothing to watch
            errors.add(FieldError.of(SpecField.PATIENCE.key(), Problem.NEEDS_VALIDATION, values.get(SpecField.PATIENCE.key())));
        }
        Optional<Activation> output = get(settings, SpecField.OUTPUT, Activation.class);
        Optional<Metric> metric = get(settings, SpecField.METRIC, Metric.class);
        Optional<Loss> loss = get(settings, SpecField.LOSS, Loss.class);
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
        NetworkSpec spec = new NetworkSpec(shape.dataset(), shape.inputs(), hidden, shape.outputs(), new SpecSettings(settings),
                playground);
        if (spec.parameterCount() > limits.maxParameters()) {
            errors.add(new FieldError(SpecField.HIDDEN.key(), Problem.TOO_MANY_PARAMETERS,
                    Long.toString(spec.parameterCount()), Long.toString(limits.maxParameters())));
            return new SpecParseResult(Optional.empty(), List.copyOf(errors));
        }
        return new SpecParseResult(Optional.of(spec), List.of());
    }

    /** A setting's upper bound: a configurable limit, the data's size, or the description's own. */
    private double max(SpecField field, DatasetShape shape) {
        return switch (field) {
            case EPOCHS -> limits.maxEpochs();
            case BATCH_SIZE -> limits.maxBatchSize();
            case VALIDATION_FIRST -> shape.trainExamples() - 1.0;
            default -> field.max();
        };
    }

    private static <T> Optional<T> get(Map<SpecField, Object> settings, SpecField field, Class<T> type) {
        return Optional.ofNullable(settings.get(field)).map(type::cast);
    }

    /** The playground's data fields: shape, size, noise, train share and features (lesson 1.12). */
    private static Optional<PlaygroundSetup> playground(Map<String, String> values, Optional<Long> seed, List<FieldError> errors) {
        Optional<Object> kind = read(values, SpecField.TOY, errors);
        Optional<Object> points = read(values, SpecField.POINTS, errors);
        Optional<Object> noise = read(values, SpecField.NOISE, errors);
        Optional<Object> ratio = read(values, SpecField.TRAIN_RATIO, errors);
        Optional<FeatureMap> features = Optional.empty();
        String text = values.getOrDefault(SpecField.FEATURES.key(), SpecField.DEFAULT_FEATURES);
        try {
            features = Optional.of(FeatureMap.parse(text));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(SpecField.FEATURES.key(), text.isBlank() ? Problem.REQUIRED : Problem.UNKNOWN_CHOICE, text));
        }
        if (kind.isEmpty() || points.isEmpty() || noise.isEmpty() || ratio.isEmpty() || features.isEmpty() || seed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlaygroundSetup(new PlaygroundData((Toy2dKind) kind.get(), ((Long) points.get()).intValue(),
                (Double) noise.get(), (Double) ratio.get(), seed.get()), features.get()));
    }

    private static Optional<Object> read(Map<String, String> values, SpecField field, List<FieldError> errors) {
        return field.parse(values.get(field.key()), field.max(), errors);
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
            Optional<Double> units = Setting.readNumber("hidden." + i + ".units", inputs.get(i).units(), true, 1, limits.maxUnits(), errors);
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
}
