package dev.neurona.nn;

import dev.neurona.data.FeatureMap;
import dev.neurona.data.Toy2dKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of a network configuration, described once: its key (as in exercise blocks, forms
 * and shared links), its kind and fixed range, its default, the message that labels it, where the
 * form shows it, and the names Keras and DL4J give it. The parser, {@link NetworkSpec}'s checks, the
 * form, the shared links and the equivalent code all derive from it.
 */
public enum SpecField implements Setting {
    HIDDEN(list("hidden", NetworkSpec::hiddenText).label("hiddenLayers").in(Placement.LAYERS)),
    OUTPUT(
            choice("output", Activation::fromKerasName, Activation::kerasName, Activation.values())
                    .label("activation")
                    .in(Placement.OUTPUT)
                    .keras("activation")
                    .dl4j("activation")),
    LOSS(
            choice("loss", Loss::fromKerasName, Loss::kerasName, Loss.values())
                    .label("loss")
                    .in(Placement.OUTPUT)
                    .keras("loss")),
    OPTIMIZER(
            choice("optimizer", Optimizer::fromKerasName, Optimizer::kerasName, Optimizer.values())
                    .label("optimizer")
                    .in(Placement.OUTPUT)
                    .keras("optimizer")
                    .dl4j("updater")),
    LEARNING_RATE(
            decimal("learning_rate", 1e-6, 10)
                    .label("learningRate")
                    .in(Placement.FIT)
                    .keras("learning_rate")),
    EPOCHS(integer("epochs", 1, Double.NaN).label("epochs").in(Placement.FIT).keras("epochs")),
    BATCH_SIZE(
            integer("batch_size", 1, Double.NaN)
                    .label("batchSize")
                    .in(Placement.FIT)
                    .keras("batch_size")),
    /** Shown unless the lesson holds out validation another way (see the form). */
    VALIDATION_SPLIT(
            decimal("validation_split", 0, 0.5)
                    .optional("0")
                    .label("validationSplit")
                    .in(Placement.FIT)
                    .keras("validation_split")),
    SEED(integer("seed", 0, Integer.MAX_VALUE).label("seed").in(Placement.FIT).dl4j("seed")),
    /** Keras lessons hold out the first N training examples ({@code x_val = x_train[:N]}). */
    VALIDATION_FIRST(
            integer("validation_first", 0, Double.NaN)
                    .optional("0")
                    .label("validationFirst")
                    .in(Placement.FIT_WHEN_USED)),
    /** K-fold cross-validation: k folds, 0 for none. */
    KFOLD(integer("kfold", 0, 10).optional("0").label("kfold").in(Placement.FIT_WHEN_USED)),
    DROPOUT(decimal("dropout", 0, 0.9).optional("0").label("dropout").in(Placement.FIT_WHEN_USED)),
    L1(
            decimal("l1", 0, 1)
                    .optional("0")
                    .label("l1")
                    .in(Placement.FIT_WHEN_USED)
                    .keras("l1")
                    .dl4j("l1")),
    L2(
            decimal("l2", 0, 1)
                    .optional("0")
                    .label("l2")
                    .in(Placement.FIT_WHEN_USED)
                    .keras("l2")
                    .dl4j("l2")),
    PATIENCE(
            integer("patience", 0, 100)
                    .optional("0")
                    .label("patience")
                    .in(Placement.FIT_WHEN_USED)
                    .keras("patience")),
    RESTORE_BEST(
            flag("restore_best")
                    .optional("false")
                    .label("restoreBest")
                    .in(Placement.FIT_WHEN_USED)
                    .keras("restore_best_weights")),
    /** Set by the lesson only: the chart and the epoch table follow it. */
    METRIC(
            choice("metric", Metric::fromKerasName, Metric::kerasName, Metric.values())
                    .optional("accuracy")
                    .label("metric")
                    .keras("metrics")),
    /** Playground only (lesson 1.12): the 2-D dataset, its size, noise, train share and the network's input features. */
    TOY(
            choice("toy", Toy2dKind::fromKey, Toy2dKind::key, Toy2dKind.values())
                    .optional("circle")
                    .label("toy")
                    .in(Placement.DATA)
                    .reads(p -> p.data().kind())),
    POINTS(
            integer("points", 20, 2000)
                    .optional("500")
                    .label("points")
                    .in(Placement.DATA)
                    .reads(p -> p.data().points())),
    NOISE(
            decimal("noise", 0, 0.5)
                    .optional("0")
                    .label("noise")
                    .in(Placement.DATA)
                    .reads(p -> p.data().noise())),
    TRAIN_RATIO(
            decimal("train_ratio", 0.1, 0.9)
                    .optional("0.5")
                    .label("trainRatio")
                    .in(Placement.DATA)
                    .reads(p -> p.data().trainRatio())),
    /** No default for blank: a learner who unticks every feature must hear about it; absent means {@link #DEFAULT_FEATURES}. */
    FEATURES(
            list("features", null)
                    .label("features")
                    .in(Placement.DATA)
                    .reads(PlaygroundSetup::features));

    /** The features a playground uses when its lesson names none: the coordinates. */
    public static final String DEFAULT_FEATURES = "x1, x2";

    /** What a setting holds, which decides how it is read and written back. */
    public enum Kind {
        INTEGER,
        DECIMAL,
        CHOICE,
        FLAG,
        LIST
    }

    /** Where the exercise form shows a setting. */
    public enum Placement {
        /** The playground's data fieldset. */
        DATA,
        /** The hidden layers' own list. */
        LAYERS,
        /** The output layer's fieldset. */
        OUTPUT,
        /** The fit() fieldset, always. */
        FIT,
        /** The fit() fieldset, where the lesson lets the learner change it or sets it to something else than its default. */
        FIT_WHEN_USED,
        /** Nowhere: only the lesson sets it. */
        NONE
    }

    private final Description d;

    SpecField(Description description) {
        this.d = description;
    }

    @Override
    public String key() {
        return d.key;
    }

    public Kind kind() {
        return d.kind;
    }

    @Override
    public boolean integer() {
        return d.kind == Kind.INTEGER;
    }

    @Override
    public double min() {
        return d.min;
    }

    /** Upper bound of a numeric field, or NaN where it comes from {@link SpecLimits} or the data. */
    @Override
    public double max() {
        return d.max;
    }

    @Override
    public String defaultValue() {
        return d.defaultValue;
    }

    /** The message (a method of the {@code msg} bundle) that labels this setting in the form. */
    public String label() {
        return d.label;
    }

    public Placement placement() {
        return d.placement;
    }

    /** The argument Keras gives this setting, or empty where the lesson's code spells it otherwise. */
    public Optional<String> kerasName() {
        return Optional.ofNullable(d.keras);
    }

    /** The configuration builder method DL4J gives this setting, or empty where it has none. */
    public Optional<String> dl4jName() {
        return Optional.ofNullable(d.dl4j);
    }

    /** The offered values of a choice, as written in forms and blocks. */
    public List<String> choices() {
        return d.choices;
    }

    /** Whether a {@link NetworkSpec} keeps this setting among its {@link SpecSettings}: not the layers, not the playground's data. */
    public boolean stored() {
        return d.kind != Kind.LIST && d.placement != Placement.DATA;
    }

    /** A playground's value of this data setting. */
    Object valueIn(PlaygroundSetup playground) {
        return d.playground.apply(playground);
    }

    /** The value as a {@link NetworkSpec} holds it: a Long, a Double, a Boolean or the chosen constant. */
    Optional<Object> parse(String raw, double max, List<FieldError> errors) {
        return switch (d.kind) {
            case INTEGER -> read(raw, max, errors).map(v -> (Object) (long) (double) v);
            case DECIMAL -> read(raw, max, errors).map(v -> (Object) v);
            case CHOICE, FLAG -> {
                String text = raw == null ? "" : raw.trim();
                if (text.isEmpty()) {
                    errors.add(FieldError.of(key(), FieldError.Problem.REQUIRED, text));
                    yield Optional.empty();
                }
                Optional<Object> value = d.lookup.apply(text);
                if (value.isEmpty()) {
                    errors.add(FieldError.of(key(), FieldError.Problem.UNKNOWN_CHOICE, text));
                }
                yield value;
            }
            case LIST -> throw new IllegalStateException(key() + " is read by its own rules");
        };
    }

    /** The value in a spec's own type: numbers widened to Long or Double. */
    Object normalize(Object value) {
        return switch (d.kind) {
            case INTEGER -> ((Number) value).longValue();
            case DECIMAL -> ((Number) value).doubleValue();
            default -> value;
        };
    }

    /** The value as forms, links and blocks write it (what {@link SpecParser} reads back). */
    String write(Object value) {
        return switch (d.kind) {
            case INTEGER -> Long.toString(((Number) value).longValue());
            case DECIMAL -> Setting.format(((Number) value).doubleValue());
            case FLAG -> value.toString();
            case CHOICE -> d.name.apply(value);
            case LIST -> value instanceof FeatureMap features ? features.keys() : value.toString();
        };
    }

    /** The hidden layers of a spec as text. */
    String listText(NetworkSpec spec) {
        return d.listText.apply(spec);
    }

    /** Refuses a value outside this setting's fixed range, or of the wrong kind. */
    void check(Object value) {
        if (value == null) {
            throw new IllegalArgumentException(key() + " is missing");
        }
        if ((d.kind == Kind.INTEGER || d.kind == Kind.DECIMAL)
                && !inRange(((Number) value).doubleValue())) {
            throw new IllegalArgumentException(
                    key()
                            + " = "
                            + value
                            + " is outside ["
                            + Setting.format(min())
                            + ", "
                            + (Double.isNaN(max()) ? "∞" : Setting.format(max()))
                            + "]");
        }
        if (d.kind == Kind.FLAG && !(value instanceof Boolean)) {
            throw new IllegalArgumentException(key() + " = " + value + " is not true or false");
        }
    }

    public static Optional<SpecField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key.trim())).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(SpecField::key).toList();
    }

    /** Whether a checkbox setting's text reads as on, by the same spellings its parsing accepts ("true", "on", "yes", "1"). */
    public static boolean isOn(String raw) {
        return raw != null && Boolean.TRUE.equals(bool(raw).orElse(null));
    }

    private static Description integer(String key, double min, double max) {
        return new Description(key, Kind.INTEGER, min, max);
    }

    private static Description decimal(String key, double min, double max) {
        return new Description(key, Kind.DECIMAL, min, max);
    }

    private static Description flag(String key) {
        Description d = new Description(key, Kind.FLAG, Double.NaN, Double.NaN);
        d.lookup = SpecField::bool;
        d.choices = List.of("true", "false");
        return d;
    }

    @SuppressWarnings("unchecked")
    private static <T> Description choice(
            String key, Function<String, Optional<T>> lookup, Function<T, String> name, T[] all) {
        Description d = new Description(key, Kind.CHOICE, Double.NaN, Double.NaN);
        d.lookup = text -> lookup.apply(text).map(v -> (Object) v);
        d.name = value -> name.apply((T) value);
        d.choices = Arrays.stream(all).map(name).toList();
        return d;
    }

    private static Description list(String key, Function<NetworkSpec, String> text) {
        Description d = new Description(key, Kind.LIST, Double.NaN, Double.NaN);
        d.listText = text;
        return d;
    }

    private static Optional<Object> bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Optional.of(true);
            case "false", "off", "no", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** One setting's description, written as a chain in the constant that it describes. */
    private static final class Description {
        final String key;
        final Kind kind;
        final double min;
        final double max;
        String defaultValue;
        String label;
        Placement placement = Placement.NONE;
        String keras;
        String dl4j;
        List<String> choices = List.of();
        Function<String, Optional<Object>> lookup;
        Function<Object, String> name;
        Function<NetworkSpec, String> listText;
        Function<PlaygroundSetup, Object> playground;

        Description(String key, Kind kind, double min, double max) {
            this.key = key;
            this.kind = kind;
            this.min = min;
            this.max = max;
        }

        Description optional(String value) {
            this.defaultValue = value;
            return this;
        }

        Description label(String message) {
            this.label = message;
            return this;
        }

        Description in(Placement where) {
            this.placement = where;
            return this;
        }

        Description keras(String argument) {
            this.keras = argument;
            return this;
        }

        Description dl4j(String method) {
            this.dl4j = method;
            return this;
        }

        Description reads(Function<PlaygroundSetup, Object> value) {
            this.playground = value;
            return this;
        }
    }
}
