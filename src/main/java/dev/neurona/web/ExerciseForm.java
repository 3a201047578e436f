package dev.neurona.web;

import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.Activation;
import dev.neurona.nn.FieldError;
import dev.neurona.nn.Loss;
import dev.neurona.nn.Optimizer;
import dev.neurona.nn.SpecField;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exercise form, derived from {@link SpecField}: what each field shows, which choices it
 * offers, whether the learner may change it, and the error beside it. Also binds a submitted
 * form back to the {@code key: value} configuration the engine parses.
 */
public final class ExerciseForm {

    static final String LAYER_UNITS = "hidden_units";
    static final String LAYER_ACTIVATION = "hidden_activation";

    private final ExerciseDefinition exercise;
    private final Map<String, String> values;
    private final Map<String, String> errors;
    private AppMessages msg;

    /** One hidden-layer row of the form. */
    public record LayerRow(int index, String units, String activation, String unitsError, String activationError) {
    }

    ExerciseForm(ExerciseDefinition exercise, Map<String, String> values, Map<String, String> errors) {
        this.exercise = exercise;
        this.values = values;
        this.errors = errors;
    }

    static ExerciseForm initial(ExerciseDefinition exercise) {
        return new ExerciseForm(exercise, exercise.defaults(), Map.of());
    }

    static ExerciseForm withErrors(ExerciseDefinition exercise, Map<String, String> values, List<FieldError> errors, AppMessages msg) {
        Map<String, String> messages = new HashMap<>();
        for (FieldError error : errors) {
            messages.putIfAbsent(error.field(), FieldErrorMessages.message(error, msg));
        }
        return new ExerciseForm(exercise, values, messages);
    }

    /** Joins the repeated layer fields into the {@code "512 relu, 64 relu"} form and keeps the other fields. */
    static Map<String, String> bind(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> units = form.getOrDefault(LAYER_UNITS, List.of());
        List<String> activations = form.getOrDefault(LAYER_ACTIVATION, List.of());
        if (form.containsKey(LAYER_UNITS) || form.containsKey(LAYER_ACTIVATION)) {
            List<String> layers = new ArrayList<>();
            for (int i = 0; i < Math.max(units.size(), activations.size()); i++) {
                String u = i < units.size() ? units.get(i).trim() : "";
                String a = i < activations.size() ? activations.get(i).trim() : "";
                // an empty word would shift the other into its place; keep a marker the parser refuses
                layers.add((u.isEmpty() ? "?" : u.replace(",", " ")) + " " + (a.isEmpty() ? "?" : a));
            }
            values.put(SpecField.HIDDEN.key(), String.join(", ", layers));
        } else if (form.containsKey("hidden_layers_present")) {
            values.put(SpecField.HIDDEN.key(), "");
        }
        for (String key : SpecField.keys()) {
            if (!key.equals(SpecField.HIDDEN.key()) && form.getFirst(key) != null) {
                values.put(key, form.getFirst(key));
            }
        }
        return values;
    }

    ExerciseForm in(AppMessages messages) {
        this.msg = messages;
        return this;
    }

    /** The field's label, with the Keras name the learner will meet in code. */
    public String label(String key) {
        return switch (SpecField.byKey(key).orElseThrow()) {
            case HIDDEN -> msg.hiddenLayers();
            case OUTPUT -> msg.activation();
            case LOSS -> msg.loss();
            case OPTIMIZER -> msg.optimizer();
            case LEARNING_RATE -> msg.learningRate();
            case EPOCHS -> msg.epochs();
            case BATCH_SIZE -> msg.batchSize();
            case VALIDATION_SPLIT -> msg.validationSplit();
            case SEED -> msg.seed();
        };
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

    public boolean editable(String key) {
        return exercise.isEditable(key);
    }

    public List<LayerRow> layers() {
        String text = value(SpecField.HIDDEN.key());
        List<LayerRow> rows = new ArrayList<>();
        if (text.isBlank()) {
            return rows;
        }
        String[] parts = text.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] words = parts[i].trim().split("\\s+");
            String units = words.length > 0 && !"?".equals(words[0]) ? words[0] : "";
            String activation = words.length > 1 && !"?".equals(words[1]) ? words[1] : "";
            rows.add(new LayerRow(i, units, activation, error("hidden." + i + ".units"), error("hidden." + i + ".activation")));
        }
        return rows;
    }

    public List<String> hiddenActivations() {
        return Arrays.stream(Activation.values()).filter(a -> a != Activation.SOFTMAX).map(Activation::kerasName).toList();
    }

    public List<String> outputActivations() {
        return Arrays.stream(Activation.values()).map(Activation::kerasName).toList();
    }

    public List<String> losses() {
        return Arrays.stream(Loss.values()).map(Loss::kerasName).toList();
    }

    public List<String> optimizers() {
        return Arrays.stream(Optimizer.values()).map(Optimizer::kerasName).toList();
    }

    /** Numeric fields in the order the form shows them. */
    public List<String> numericFields() {
        return List.of(SpecField.LEARNING_RATE.key(), SpecField.EPOCHS.key(), SpecField.BATCH_SIZE.key(),
                SpecField.VALIDATION_SPLIT.key(), SpecField.SEED.key());
    }

    /** The HTML input step of a numeric field: decimals where the field takes them. */
    public String step(String key) {
        return key.equals(SpecField.LEARNING_RATE.key()) || key.equals(SpecField.VALIDATION_SPLIT.key()) ? "any" : "1";
    }
}
