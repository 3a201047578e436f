package dev.neurona.classroom;

import dev.neurona.runs.RunSummary;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.RunEventJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** What a goal can be checked against, read from a stored run (never from anything a browser sent). */
final class RunMeasures {

    private RunMeasures() {
    }

    static Map<String, OptionalDouble> of(RunSummary run) {
        Map<String, OptionalDouble> m = new HashMap<>();
        m.put("test_accuracy", run.testAccuracy());
        m.put("test_mae", run.testMae());
        m.put("test_loss", run.testLoss());
        m.put("parameters", OptionalDouble.of(run.parameters()));
        m.put("epochs", OptionalDouble.of(run.epochsDone()));
        List<EpochEvent> epochs = run.epochEvents();
        if (!epochs.isEmpty()) {
            EpochEvent last = epochs.get(epochs.size() - 1);
            Map<String, Double> values = RunEventJson.kerasValues(last);
            for (String key : List.of("loss", "val_loss", "accuracy", "val_accuracy", "mae", "val_mae")) {
                m.put(key, of(values.get(key)));
            }
            // how far the validation loss climbed back above its best epoch: 0 for a run stopped in time
            OptionalDouble best = epochs.stream().map(EpochEvent::valLoss).filter(v -> v != null).mapToDouble(Double::doubleValue).min();
            if (best.isPresent() && last.valLoss() != null) {
                m.put("overfit", OptionalDouble.of(last.valLoss() - best.getAsDouble()));
            }
        }
        return m;
    }

    private static OptionalDouble of(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
