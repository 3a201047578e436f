package dev.neurona.runs.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurona.nn.Metric;
import dev.neurona.runs.RunState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The one JSON form of run events, both ways, as {@code docs/events.schema.json} describes it: what
 * the browser receives, what the stored history and result hold, and what a node would relay. Keys
 * are Keras's (loss, accuracy, val_loss, val_accuracy, mae, val_mae); a number that is not finite is
 * null. Reading is lenient with what older versions stored: an epoch without {@code fold}, a result
 * without {@code task}, {@code dataset} or {@code classes}.
 */
public final class RunEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String VAL = "val_";
    private static final String CLASSIFICATION = "classification";
    private static final String REGRESSION = "regression";

    /** Results stored before datasets other than MNIST existed carry no dataset name. */
    private static final String FIRST_DATASET = "mnist";

    private RunEventJson() {}

    /** The event's JSON, as sent on the stream. */
    public static String write(RunEventData event) {
        return text(tree(event));
    }

    /** Reads an event of the type its SSE name gives. */
    public static RunEventData read(String sseName, String json) {
        JsonNode node = parse(json);
        return switch (EventType.of(sseName)) {
            case STATUS -> status(node);
            case BATCH -> batch(node);
            case EPOCH -> epoch(node);
            case RESULT -> result(node);
            case RUN_ERROR ->
                    new RunErrorEvent(node.path("code").asText(), node.path("detail").asText(""));
            case POINTS -> new PointsEvent(rows(node.get("train")), rows(node.get("test")));
            case GRID ->
                    new GridEvent(
                            node.path("epoch").asInt(),
                            node.path("resolution").asInt(),
                            node.path("range").asDouble(),
                            numbers(node.get("probabilities")),
                            number(node, "test_loss"));
            case RESTART ->
                    new RestartEvent(node.path("attempt").asInt(), node.path("reason").asText(""));
            case DONE -> new DoneEvent(state(node));
        };
    }

    /** A run's epochs as one JSON array, the form its stored history takes. */
    public static String writeHistory(List<EpochEvent> epochs) {
        ArrayNode array = MAPPER.createArrayNode();
        epochs.forEach(e -> array.add(tree(e)));
        return text(array);
    }

    /** A stored history; an unreadable one reads as no epochs. */
    public static List<EpochEvent> readHistory(String json) {
        try {
            List<EpochEvent> epochs = new ArrayList<>();
            for (JsonNode item : MAPPER.readTree(json)) {
                epochs.add(epoch(item));
            }
            return epochs;
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of();
        }
    }

    /** A stored result; an unreadable one reads as none. */
    public static Optional<ResultEvent> readResult(String json) {
        try {
            return Optional.of(result(parse(json)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An epoch's numbers by the names Keras's history gives them, in the order the JSON carries them:
     * {@code loss}, the metric ({@code accuracy} or {@code mae}), {@code val_loss}, {@code val_} and the metric.
     * Null where unknown or without a hold-out.
     */
    public static Map<String, Double> kerasValues(EpochEvent e) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("loss", e.loss());
        values.put(e.metric().kerasName(), e.metricValue());
        values.put("val_loss", e.valLoss());
        values.put(VAL + e.metric().kerasName(), e.valMetricValue());
        return values;
    }

    /** A final decision map alone, as the result page hands it to the browser's map. */
    public static String write(DecisionMap map) {
        return text(decisionMap(map));
    }

    /** Numbers, or rows of numbers, as a JSON array: a result's scatter pairs or K-fold average for its charts. */
    public static String writeNumbers(List<?> values) {
        return text(MAPPER.valueToTree(values));
    }

    private static JsonNode tree(RunEventData event) {
        ObjectNode o = MAPPER.createObjectNode();
        if (event instanceof StatusEvent s) {
            o.put("state", name(s.state()));
            o.put("position", s.position());
            s.etaSeconds().ifPresent(eta -> o.put("eta_seconds", eta));
            s.trainRows().ifPresent(rows -> o.put("train_rows", rows));
            s.reason().ifPresent(reason -> o.put("reason", reason));
        } else if (event instanceof BatchEvent b) {
            o.put("fold", b.fold());
            o.put("epoch", b.epoch());
            o.put("step", b.step());
            o.put("steps", b.steps());
            o.put("x", b.x());
            o.put("loss", b.loss());
            o.put(b.metric().kerasName(), b.metricValue());
        } else if (event instanceof EpochEvent e) {
            o.put("fold", e.fold());
            o.put("epoch", e.epoch());
            o.put("epochs", e.epochs());
            o.put("steps", e.steps());
            o.put("seconds", e.seconds());
            kerasValues(e).forEach(o::put);
        } else if (event instanceof ClassificationResult c) {
            o.put("task", CLASSIFICATION);
            o.put("dataset", c.dataset());
            o.put("examples", c.examples());
            o.put("test_loss", c.testLoss());
            o.put("test_accuracy", c.testAccuracy());
            o.set("classes", MAPPER.valueToTree(c.classes()));
            o.set("confusion", MAPPER.valueToTree(c.confusion()));
            ArrayNode wrong = o.putArray("misclassified");
            for (ClassificationResult.Misclassified m : c.misclassified()) {
                wrong.addObject()
                        .put("index", m.index())
                        .put("label", m.label())
                        .put("predicted", m.predicted())
                        .put("confidence", m.confidence());
            }
            c.decisionMap().ifPresent(map -> o.set("decision_map", decisionMap(map)));
        } else if (event instanceof RegressionResult r) {
            o.put("task", REGRESSION);
            o.put("examples", r.examples());
            o.put("test_loss", r.testLoss());
            o.put("test_mae", r.testMae());
            o.put("baseline_mae", r.baselineMae());
            o.set("pairs", MAPPER.valueToTree(r.pairs()));
            o.set("kfold_average", MAPPER.valueToTree(r.kfoldAverage()));
        } else if (event instanceof RunErrorEvent e) {
            o.put("code", e.code());
            o.put("detail", e.detail());
        } else if (event instanceof PointsEvent p) {
            o.set("train", MAPPER.valueToTree(p.train()));
            o.set("test", MAPPER.valueToTree(p.test()));
        } else if (event instanceof GridEvent g) {
            o.put("epoch", g.epoch());
            o.put("resolution", g.resolution());
            o.put("range", g.range());
            o.set("probabilities", MAPPER.valueToTree(g.probabilities()));
            o.put("test_loss", g.testLoss());
        } else if (event instanceof RestartEvent r) {
            o.put("attempt", r.attempt());
            o.put("reason", r.reason());
        } else if (event instanceof DoneEvent d) {
            o.put("state", name(d.state()));
        }
        return o;
    }

    private static ObjectNode decisionMap(DecisionMap map) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("resolution", map.resolution());
        o.put("range", map.range());
        o.set("probabilities", MAPPER.valueToTree(map.probabilities()));
        o.set("train", MAPPER.valueToTree(map.train()));
        o.set("test", MAPPER.valueToTree(map.test()));
        return o;
    }

    private static StatusEvent status(JsonNode n) {
        return new StatusEvent(
                state(n),
                n.path("position").asInt(),
                n.hasNonNull("eta_seconds")
                        ? OptionalLong.of(n.get("eta_seconds").asLong())
                        : OptionalLong.empty(),
                n.hasNonNull("train_rows")
                        ? OptionalInt.of(n.get("train_rows").asInt())
                        : OptionalInt.empty(),
                n.hasNonNull("reason") ? Optional.of(n.get("reason").asText()) : Optional.empty());
    }

    private static BatchEvent batch(JsonNode n) {
        Metric metric = metricOf(n);
        return new BatchEvent(
                n.path("fold").asInt(),
                n.path("epoch").asInt(),
                n.path("step").asInt(),
                n.path("steps").asInt(),
                n.path("x").asDouble(),
                number(n, "loss"),
                metric,
                number(n, metric.kerasName()));
    }

    private static EpochEvent epoch(JsonNode n) {
        Metric metric = metricOf(n);
        return new EpochEvent(
                n.path("fold").asInt(),
                n.path("epoch").asInt(),
                n.path("epochs").asInt(),
                n.path("steps").asInt(),
                n.path("seconds").asDouble(),
                number(n, "loss"),
                metric,
                number(n, metric.kerasName()),
                number(n, "val_loss"),
                number(n, VAL + metric.kerasName()));
    }

    private static ResultEvent result(JsonNode n) {
        if (REGRESSION.equals(n.path("task").asText())) {
            return new RegressionResult(
                    n.path("examples").asInt(),
                    number(n, "test_loss"),
                    number(n, "test_mae"),
                    number(n, "baseline_mae"),
                    rows(n.get("pairs")),
                    numbers(n.get("kfold_average")));
        }
        List<List<Integer>> confusion = new ArrayList<>();
        for (JsonNode row : n.path("confusion")) {
            List<Integer> counts = new ArrayList<>();
            row.forEach(count -> counts.add(count.asInt()));
            confusion.add(counts);
        }
        List<String> classes = new ArrayList<>();
        n.path("classes").forEach(c -> classes.add(c.asText()));
        List<ClassificationResult.Misclassified> wrong = new ArrayList<>();
        for (JsonNode m : n.path("misclassified")) {
            wrong.add(
                    new ClassificationResult.Misclassified(
                            m.path("index").asInt(),
                            m.path("label").asInt(),
                            m.path("predicted").asInt(),
                            m.path("confidence").asDouble()));
        }
        JsonNode map = n.get("decision_map");
        return new ClassificationResult(
                n.path("dataset").asText(FIRST_DATASET),
                n.path("examples").asInt(),
                number(n, "test_loss"),
                n.path("test_accuracy").asDouble(),
                classes,
                confusion,
                wrong,
                map == null || map.isNull()
                        ? Optional.empty()
                        : Optional.of(
                                new DecisionMap(
                                        map.path("resolution").asInt(),
                                        map.path("range").asDouble(),
                                        numbers(map.get("probabilities")),
                                        rows(map.get("train")),
                                        rows(map.get("test")))));
    }

    /** The metric whose Keras-named key the event carries; accuracy when none does (the first runs knew no other). */
    private static Metric metricOf(JsonNode n) {
        for (Metric metric : Metric.values()) {
            if (n.has(metric.kerasName())) {
                return metric;
            }
        }
        return Metric.ACCURACY;
    }

    private static RunState state(JsonNode n) {
        return RunState.valueOf(n.path("state").asText().toUpperCase(Locale.ROOT));
    }

    private static String name(RunState state) {
        return state.wireName();
    }

    private static Double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.isNumber() ? v.asDouble() : null));
        }
        return values;
    }

    private static List<List<Double>> rows(JsonNode array) {
        List<List<Double>> rows = new ArrayList<>();
        if (array != null) {
            array.forEach(row -> rows.add(numbers(row)));
        }
        return rows;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed run event", e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
