package dev.neurona.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.runs.RunSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** What a goal can be checked against, read from a stored run (never from anything a browser sent). */
final class RunMeasures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RunMeasures() {
    }

    static Map<String, OptionalDouble> of(RunSummary run) {
        Map<String, OptionalDouble> m = new HashMap<>();
        m.put("test_accuracy", run.testAccuracy());
        m.put("test_mae", run.testMae());
        m.put("test_loss", run.testLoss());
        m.put("parameters", OptionalDouble.of(run.parameters()));
        m.put("epochs", OptionalDouble.of(run.epochsDone()));
        List<JsonNode> epochs = run.epochEvents().stream().map(RunMeasures::read).filter(n -> n != null).toList();
        if (!epochs.isEmpty()) {
            JsonNode last = epochs.get(epochs.size() - 1);
            for (String key : List.of("loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae")) {
                m.put(key, number(last, key));
            }
            // how far the validation loss climbed back above its best epoch: 0 for a run stopped in time
            OptionalDouble best = epochs.stream().map(n -> number(n, "val_loss")).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).min();
            OptionalDouble lastVal = number(last, "val_loss");
            if (best.isPresent() && lastVal.isPresent()) {
                m.put("overfit", OptionalDouble.of(lastVal.getAsDouble() - best.getAsDouble()));
            }
        }
        return m;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            return null;
        }
    }

    private static OptionalDouble number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
    }
}
