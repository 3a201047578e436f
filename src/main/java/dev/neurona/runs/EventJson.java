package dev.neurona.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.nn.BatchProgress;
import dev.neurona.nn.EpochResult;
import dev.neurona.nn.TestEvaluation;
import dev.neurona.nn.Metric;
import dev.neurona.nn.RegressionEvaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON payloads of run events, with Keras's key names (loss, accuracy, val_loss, val_accuracy). */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    static String status(RunState state, int position) {
        return status(state, position, Map.of());
    }

    /**
     * A status with details: {@code eta_seconds} (a waiting run's estimated start), {@code train_rows}
     * (the training rows a class limit cut the data to), {@code reason} (why it ended: an error code).
     */
    static String status(RunState state, int position, Map<String, Object> details) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", state.name().toLowerCase());
        data.put("position", position);
        data.putAll(details);
        return write(data);
    }

    static String batch(BatchProgress p, Metric metric) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fold", p.fold());
        data.put("epoch", p.epoch());
        data.put("step", p.step());
        data.put("steps", p.steps());
        data.put("x", p.epoch() - 1 + (double) p.step() / p.steps());
        data.put("loss", finite(p.loss()));
        data.put(metric.kerasName(), finite(p.metric()));
        return write(data);
    }

    static String epoch(EpochResult r, Metric metric) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fold", r.fold());
        data.put("epoch", r.epoch());
        data.put("epochs", r.epochs());
        data.put("steps", r.steps());
        data.put("seconds", r.seconds());
        data.put("loss", finite(r.loss()));
        data.put(metric.kerasName(), finite(r.metric()));
        data.put("val_loss", r.valLoss().isPresent() ? finite(r.valLoss().getAsDouble()) : null);
        data.put("val_" + metric.kerasName(), r.valMetric().isPresent() ? finite(r.valMetric().getAsDouble()) : null);
        return write(data);
    }

    /** A classifier's test result; {@code classNames} label the confusion matrix's rows and columns. */
    static String result(TestEvaluation e, List<String> classNames, String dataset, java.util.Optional<Map<String, Object>> finalMap) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", "classification");
        data.put("dataset", dataset);
        data.put("examples", e.examples());
        data.put("test_loss", finite(e.loss()));
        data.put("test_accuracy", e.accuracy());
        data.put("classes", classNames);
        data.put("confusion", e.confusion());
        data.put("misclassified", e.misclassified().stream().map(m -> Map.of(
                "index", m.index(), "label", m.label(), "predicted", m.predicted(), "confidence", m.confidence())).toList());
        finalMap.ifPresent(map -> data.put("decision_map", map));
        return write(data);
    }

    /** A plane run's final decision map with its points, as the browser's map draws them. */
    static Map<String, Object> finalMap(dev.neurona.nn.DecisionGrid grid, dev.neurona.data.TensorDataset train,
            dev.neurona.data.TensorDataset test) {
        Map<String, Object> data = gridData(grid);
        data.put("train", rows(train));
        data.put("test", rows(test));
        return data;
    }


    /** A regression's test result, with the K-fold average curve when the run cross-validated. */
    static String result(RegressionEvaluation e, double[] foldAverage) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", "regression");
        data.put("examples", e.examples());
        data.put("test_loss", finite(e.loss()));
        data.put("test_mae", finite(e.mae()));
        data.put("baseline_mae", finite(e.baselineMae()));
        data.put("pairs", e.pairs().stream().map(p -> List.of(p.actual(), p.predicted())).toList());
        List<Double> average = new java.util.ArrayList<>();
        for (double v : foldAverage) {
            average.add(finite(v));
        }
        data.put("kfold_average", average);
        return write(data);
    }

    /** A playground's decision map after an epoch: P(class 1) per grid cell, rounded, and the test loss. */
    static String grid(int epoch, dev.neurona.nn.DecisionGrid grid, double testLoss) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("epoch", epoch);
        data.putAll(gridData(grid));
        data.put("test_loss", finite(testLoss));
        return write(data);
    }

    private static Map<String, Object> gridData(dev.neurona.nn.DecisionGrid grid) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resolution", grid.resolution());
        data.put("range", grid.range());
        List<Double> p = new java.util.ArrayList<>(grid.probabilities().length);
        for (float v : grid.probabilities()) {
            p.add(Math.round(v * 1000) / 1000.0);
        }
        data.put("probabilities", p);
        return data;
    }

    /** The raw points of a plane dataset as [x1, x2, label] rows, train and test apart. */
    static String points(dev.neurona.data.TensorDataset train, dev.neurona.data.TensorDataset test) {
        return write(Map.of("train", rows(train), "test", rows(test)));
    }

    private static List<List<Double>> rows(dev.neurona.data.TensorDataset data) {
        List<List<Double>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            rows.add(List.of(Math.round(data.features().getDouble(i, 0) * 1e4) / 1e4,
                    Math.round(data.features().getDouble(i, 1) * 1e4) / 1e4, data.labels().getDouble(i, 0)));
        }
        return rows;
    }

    static String error(String code, String detail) {
        return write(Map.of("code", code, "detail", detail == null ? "" : detail));
    }

    static String done(RunState state) {
        return write(Map.of("state", state.name().toLowerCase()));
    }

    static String history(List<String> epochEvents) {
        return "[" + String.join(",", epochEvents) + "]";
    }

    static List<String> splitHistory(String json) {
        try {
            List<?> items = MAPPER.readValue(json, List.class);
            return items.stream().map(EventJson::write).toList();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static String write(Object data) {
        try {
            return MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON has no NaN or infinity: a diverged loss is sent as null and shown as such. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
