package dev.neurona.web;

import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.Activation;
import dev.neurona.nn.FieldError;
import dev.neurona.nn.LayerInput;
import dev.neurona.nn.SpecField;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise form, derived from {@link SpecField}: which settings each fieldset shows (their
 * placement), what each field shows, which choices it offers, whether the learner may change it,
 * and the error beside it. Also binds a submitted
 * form back to the {@code key: value} configuration the engine parses.
 */
public final class ExerciseForm {

    static final String LAYER_UNITS = "hidden_units";
    static final String LAYER_ACTIVATION = "hidden_activation";
    static final String FEATURE = "feature";

    private final ExerciseDefinition exercise;
    private final Map<String, String> values;
    private final List<LayerInput> layerInputs;
    private final Map<String, String> errors;
    private final String alert;

    /** One hidden-layer row of the form. */
    public record LayerRow(
            int index,
            String units,
            String activation,
            String unitsError,
            String activationError) {}

    ExerciseForm(
            ExerciseDefinition exercise,
            Map<String, String> values,
            List<LayerInput> layerInputs,
            Map<String, String> errors) {
        this(exercise, values, layerInputs, errors, "");
    }

    private ExerciseForm(
            ExerciseDefinition exercise,
            Map<String, String> values,
            List<LayerInput> layerInputs,
            Map<String, String> errors,
            String alert) {
        this.exercise = exercise;
        this.values = values;
        this.layerInputs = layerInputs;
        this.errors = errors;
        this.alert = alert;
    }

    static ExerciseForm initial(ExerciseDefinition exercise) {
        return new ExerciseForm(
                exercise,
                exercise.defaults(),
                LayerInput.parseAll(exercise.defaults().getOrDefault(SpecField.HIDDEN.key(), "")),
                Map.of());
    }

    static ExerciseForm withErrors(
            ExerciseDefinition exercise,
            Map<String, String> values,
            List<LayerInput> layers,
            List<FieldError> errors,
            AppMessages msg) {
        Map<String, String> messages = new HashMap<>();
        for (FieldError error : errors) {
            messages.putIfAbsent(error.field(), FieldErrorMessages.message(error, msg));
        }
        return new ExerciseForm(exercise, values, layers, messages);
    }

    /** The form as submitted, with messages already worded beside fields (a class limit) or above them (a refusal). */
    static ExerciseForm withMessages(
            ExerciseDefinition exercise,
            Map<String, String> values,
            List<LayerInput> layers,
            Map<String, String> fieldMessages,
            String alert) {
        return new ExerciseForm(exercise, values, layers, Map.copyOf(fieldMessages), alert);
    }

    /** A submitted form: the plain fields, and the hidden layers if the form sent them. */
    record Submitted(Map<String, String> values, Optional<List<LayerInput>> layers) {}

    /** Reads the plain fields and pairs the repeated layer fields row by row, exactly as typed. */
    static Submitted bind(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : SpecField.keys()) {
            if (!key.equals(SpecField.HIDDEN.key()) && form.getFirst(key) != null) {
                values.put(key, form.getFirst(key));
            }
        }
        if (form.containsKey(FEATURE) || form.containsKey("features_present")) {
            // one checkbox per feature: the ticked ones, in the form's order
            values.put(
                    SpecField.FEATURES.key(),
                    String.join(", ", form.getOrDefault(FEATURE, List.of())));
        }
        if (!form.containsKey(LAYER_UNITS)
                && !form.containsKey(LAYER_ACTIVATION)
                && !form.containsKey("hidden_layers_present")) {
            return new Submitted(values, Optional.empty());
        }
        List<String> units = form.getOrDefault(LAYER_UNITS, List.of());
        List<String> activations = form.getOrDefault(LAYER_ACTIVATION, List.of());
        List<LayerInput> layers = new ArrayList<>();
        for (int i = 0; i < Math.max(units.size(), activations.size()); i++) {
            layers.add(
                    new LayerInput(
                            i < units.size() ? units.get(i).trim() : "",
                            i < activations.size() ? activations.get(i).trim() : ""));
        }
        return new Submitted(values, Optional.of(layers));
    }

    ExerciseDefinition exercise() {
        return exercise;
    }

    public String id() {
        return exercise.id();
    }

    public String lessonId() {
        return exercise.lessonId();
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public String error(String key) {
        return errors.getOrDefault(key, "");
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** A message about the whole form (the learner has too many runs going), shown above it; empty if none. */
    public String alert() {
        return alert;
    }

    public boolean editable(String key) {
        return exercise.isEditable(key);
    }

    public List<LayerRow> layers() {
        List<LayerRow> rows = new ArrayList<>();
        for (int i = 0; i < layerInputs.size(); i++) {
            LayerInput layer = layerInputs.get(i);
            rows.add(
                    new LayerRow(
                            i,
                            layer.units(),
                            layer.activation(),
                            error("hidden." + i + ".units"),
                            error("hidden." + i + ".activation")));
        }
        return rows;
    }

    public List<String> hiddenActivations() {
        return Arrays.stream(Activation.values())
                .filter(a -> a != Activation.SOFTMAX)
                .map(Activation::kerasName)
                .toList();
    }

    /** One setting as the form shows it: its label (a message key), value, offered choices, whether it may change, its error. */
    public record Field(
            String key,
            String label,
            String value,
            List<String> choices,
            boolean editable,
            String error) {

        /** Whether the field is a list to choose from rather than a typed value. */
        public boolean choice() {
            return !choices.isEmpty();
        }
    }

    /** A checkbox setting (on or off) as the form shows it. */
    public record Flag(String key, String label, boolean checked) {}

    private Field field(SpecField setting) {
        return new Field(
                setting.key(),
                setting.label(),
                valueOrDefault(setting.key()),
                setting.choices(),
                editable(setting.key()),
                error(setting.key()));
    }

    /** The fields of the output layer's fieldset, in the description's order. */
    public List<Field> outputFields() {
        return placed(SpecField.Placement.OUTPUT).map(this::field).toList();
    }

    /** The typed fields of the fit() fieldset, in the description's order. */
    public List<Field> fitFields() {
        return Arrays.stream(SpecField.values())
                .filter(f -> f.kind() != SpecField.Kind.FLAG && showsInFit(f))
                .map(this::field)
                .toList();
    }

    /** The checkboxes of the fit() fieldset: those the learner may change. */
    public List<Flag> flags() {
        return Arrays.stream(SpecField.values())
                .filter(f -> f.kind() == SpecField.Kind.FLAG && isFit(f) && editable(f.key()))
                .map(f -> new Flag(f.key(), f.label(), SpecField.isOn(valueOrDefault(f.key()))))
                .toList();
    }

    /** The playground's data fields, in the description's order; the features have their own checkboxes. */
    public List<Field> dataFields() {
        return placed(SpecField.Placement.DATA)
                .filter(f -> f.kind() != SpecField.Kind.LIST)
                .map(this::field)
                .toList();
    }

    private static java.util.stream.Stream<SpecField> placed(SpecField.Placement placement) {
        return Arrays.stream(SpecField.values()).filter(f -> f.placement() == placement);
    }

    private static boolean isFit(SpecField field) {
        return field.placement() == SpecField.Placement.FIT
                || field.placement() == SpecField.Placement.FIT_WHEN_USED;
    }

    private boolean showsInFit(SpecField field) {
        if (field == SpecField.VALIDATION_SPLIT) {
            // the lessons hold out validation one way each: a fraction, the first N, or K folds;
            // a plane exercise (playground, XOR) is judged on its test points, so it has no
            // validation to choose
            return !shows(SpecField.VALIDATION_FIRST)
                    && !shows(SpecField.KFOLD)
                    && !DirectiveRenderer.plane(exercise.dataset());
        }
        // regularization, early stopping and the other hold-outs appear only where the lesson uses
        // them
        return field.placement() == SpecField.Placement.FIT
                || field.placement() == SpecField.Placement.FIT_WHEN_USED && shows(field);
    }

    /** Whether this exercise trains on generated points (the playground's data fields are shown). */
    public boolean playground() {
        return exercise.dataset().equals(dev.neurona.data.PlaygroundData.NAME);
    }

    /** The input features a playground offers, each with whether it is ticked. */
    public List<FeatureChoice> featureChoices() {
        String text =
                values.containsKey(SpecField.FEATURES.key())
                        ? value(SpecField.FEATURES.key())
                        : SpecField.DEFAULT_FEATURES;
        List<String> chosen = Arrays.stream(text.split(",")).map(String::trim).toList();
        return Arrays.stream(dev.neurona.data.Feature.values())
                .map(f -> new FeatureChoice(f.key(), f.label(), chosen.contains(f.key())))
                .toList();
    }

    /** One feature checkbox. */
    public record FeatureChoice(String key, String label, boolean checked) {}

    /** An optional field is shown when the learner may change it or the lesson sets it to something else than its default. */
    private boolean shows(SpecField field) {
        String value = value(field.key());
        return editable(field.key()) || (!value.isEmpty() && !value.equals(field.defaultValue()));
    }

    /** The value of an optional field, or its default when the lesson does not set it. */
    public String valueOrDefault(String key) {
        String value = value(key);
        return value.isEmpty()
                ? SpecField.byKey(key).map(SpecField::defaultValue).orElse("")
                : value;
    }
}
