package dev.neurona.lesson;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A training exercise as its lesson declares it: the dataset, the default configuration and the
 * fields the learner may change (the others keep the lesson's value whatever a browser sends).
 */
public record ExerciseDefinition(String id, String lessonId, String dataset, Map<String, String> defaults, Set<String> editable) {

    static final Set<String> NON_CONFIG_KEYS = Set.of("id", "dataset", "editable");

    static ExerciseDefinition from(Directive directive, String lessonId) {
        Map<String, String> defaults = new LinkedHashMap<>(directive.values());
        NON_CONFIG_KEYS.forEach(defaults::remove);
        Set<String> editable = Arrays.stream(directive.value("editable", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new ExerciseDefinition(directive.value("id", lessonId + "-exercise"), lessonId,
                directive.value("dataset", "mnist"), Map.copyOf(defaults), editable);
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
