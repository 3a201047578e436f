package dev.neurona.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunSummary;
import dev.neurona.runs.events.EpochEvent;
import dev.neurona.runs.events.RunEventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A learner's finished runs of one exercise as curves of one series (e.g. {@code val_loss}) per
 * epoch, for lesson 3.5's overlay of the overfitting remedies.
 */
final class CompareView {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CompareView() {
    }

    /** One run's curve and the label that tells it apart (its layers and regularization). */
    record ComparedRun(String id, String label, List<Double> values) {
    }

    static List<ComparedRun> of(List<RunSummary> runs, String series) {
        List<ComparedRun> compared = new ArrayList<>();
        for (RunSummary run : runs) {
            if (run.state() != RunState.FINISHED) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (EpochEvent epoch : run.epochEvents()) {
                Double value = RunEventJson.kerasValues(epoch).get(series);
                // only single hold-out epochs (fold 0) make one curve per run
                if (value != null && epoch.fold() == 0) {
                    values.add(value);
                }
            }
            if (!values.isEmpty()) {
                compared.add(new ComparedRun(run.id(), label(run), values));
            }
        }
        return compared;
    }

    static String json(List<ComparedRun> runs) {
        try {
            return MAPPER.writeValueAsString(runs);
        } catch (Exception e) {
            return "[]";
        }
    }

    private static String label(RunSummary run) {
        Map<String, String> c = run.config();
        StringBuilder label = new StringBuilder(c.getOrDefault("hidden", "").replace(" relu", "").replace(", ", "-"));
        if (!"0".equals(c.getOrDefault("l2", "0"))) {
            label.append(" · L2 ").append(c.get("l2"));
        }
        if (!"0".equals(c.getOrDefault("l1", "0"))) {
            label.append(" · L1 ").append(c.get("l1"));
        }
        if (!"0".equals(c.getOrDefault("dropout", "0"))) {
            label.append(" · Dropout ").append(c.get("dropout"));
        }
        label.append(" · ").append(run.createdAt().toString(), 11, 16);
        return label.toString();
    }
}
