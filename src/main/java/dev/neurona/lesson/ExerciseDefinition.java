package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A training exercise as its lesson declares it: the dataset, the default configuration and the
 * fields the learner may change (the others keep the lesson's value whatever a browser sends).
 */
public record ExerciseDefinition(String id, String lessonId, String dataset, Map<String, String> defaults, Set<String> editable,
        Map<String, String> display) {

    static final Set<String> NON_CONFIG_KEYS = Set.of("id", "dataset", "editable");
    /** Keys that shape how the exercise is shown or graded (presets, comparison chart, goal), not the network. */
    static final Set<String> DISPLAY_KEYS = Set.of("presets", "compare", "goal");

    /** An exercise without display options. */
    public ExerciseDefinition(String id, String lessonId, String dataset, Map<String, String> defaults, Set<String> editable) {
        this(id, lessonId, dataset, defaults, editable, Map.of());
    }

    static ExerciseDefinition from(Directive directive, String lessonId) {
        Map<String, String> defaults = new LinkedHashMap<>(directive.values());
        NON_CONFIG_KEYS.forEach(defaults::remove);
        Map<String, String> display = new LinkedHashMap<>();
        for (String key : DISPLAY_KEYS) {
            String value = defaults.remove(key);
            if (value != null) {
                display.put(key, value);
            }
        }
        Set<String> editable = Arrays.stream(directive.value("editable", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new ExerciseDefinition(directive.value("id", lessonId + "-exercise"), lessonId,
                directive.value("dataset", "mnist"), Map.copyOf(defaults), editable, Map.copyOf(display));
    }

    /** The named starting points the learner can load into the form, e.g. {@code a=4 relu, 4 relu | dropout 0.5}. */
    public List<Preset> presets() {
        List<Preset> presets = new ArrayList<>();
        for (String item : display.getOrDefault("presets", "").split(";")) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String[] parts = item.substring(eq + 1).split("\\|");
            Map<String, String> values = new LinkedHashMap<>();
            values.put("hidden", parts[0].trim());
            // a preset names only the remedy it adds: the others go back to off
            for (String remedy : List.of("dropout", "l1", "l2")) {
                values.put(remedy, "0");
            }
            for (int i = 1; i < parts.length; i++) {
                String[] pair = parts[i].trim().split("\\s+", 2);
                if (pair.length == 2) {
                    values.put(pair[0], pair[1]);
                }
            }
            presets.add(new Preset(item.substring(0, eq).trim(), Map.copyOf(values)));
        }
        return presets;
    }

    /** A named configuration change the form can load. */
    public record Preset(String name, Map<String, String> values) {

        /** The values as a query string ({@code hidden=4+relu%2C+4+relu&dropout=0.5}) for the page's script. */
        public String query() {
            StringBuilder query = new StringBuilder();
            values.forEach((key, value) -> query.append(query.isEmpty() ? "" : "&").append(key).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            return query.toString();
        }
    }

    /** Whether the exercise overlays the learner's runs on one chart of this series (e.g. {@code val_loss}). */
    public java.util.Optional<String> compareSeries() {
        return java.util.Optional.ofNullable(display.get("compare"));
    }

    public boolean isEditable(String key) {
        return editable.contains(key);
    }

    /** The lesson's defaults with the learner's values for the editable fields only. */
    public Map<String, String> merge(Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        submitted.forEach((key, value) -> {
            if (isEditable(key)) {
                values.put(key, value);
            }
        });
        return values;
    }
}
