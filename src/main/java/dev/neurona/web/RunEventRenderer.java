package dev.neurona.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.runs.RunEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a run's events into what the browser receives: {@code status}, {@code result} and
 * {@code run-error} become HTML fragments htmx swaps in; {@code batch}, {@code epoch} and {@code done}
 * stay JSON for the chart and the epoch table.
 */
@ApplicationScoped
public class RunEventRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Views views;

    public String render(RunEvent event, String runId, Locale locale) {
        return switch (event.type()) {
            case RunEvent.STATUS -> {
                Map<String, Object> data = parse(event.data());
                Object eta = data.get("eta_seconds");
                Object trainRows = data.get("train_rows");
                yield Ui.localize(views.runStatus.data("runId", runId).data("state", data.get("state"))
                        .data("position", data.get("position"))
                        .data("eta", eta instanceof Number n ? Formats.approximateWait(n.longValue()) : "")
                        .data("etaKnown", eta instanceof Number)
                        .data("reason", data.getOrDefault("reason", ""))
                        .data("trainRows", trainRows instanceof Number n ? Formats.thousands(n.longValue()) : ""), locale).render();
            }
            case RunEvent.RESULT -> result(parse(event.data()), runId, locale);
            case RunEvent.ERROR -> {
                Map<String, Object> data = parse(event.data());
                String detail = String.valueOf(data.getOrDefault("detail", ""));
                yield Ui.localize(views.runError.data("runId", runId).data("code", data.get("code"))
                        .data("detail", "time_limit".equals(data.get("code")) ? Formats.duration(detail) : detail), locale).render();
            }
            default -> event.data();
        };
    }

    @SuppressWarnings("unchecked")
    String result(Map<String, Object> result, String runId, Locale locale) {
        if ("regression".equals(result.get("task"))) {
            int epochs = ((List<?>) result.getOrDefault("kfold_average", List.of())).size();
            // lesson 3.10 skips the first 10 epochs, whose huge errors flatten the rest of the curve
            int skipMax = Math.max(0, epochs - 2);
            return Ui.localize(views.regressionResult.data("runId", runId).data("result", result)
                    .data("skipMax", skipMax).data("skipDefault", Math.min(10, skipMax))
                    .data("pairsJson", json(result.get("pairs"))).data("averageJson", json(result.get("kfold_average"))), locale)
                    .render();
        }
        List<String> names = (List<String>) result.getOrDefault("classes", List.of());
        ConfusionView confusion = ConfusionView.of((List<List<Number>>) result.get("confusion"), names);
        // results stored before datasets other than MNIST existed carry no dataset name
        String dataset = String.valueOf(result.getOrDefault("dataset", "mnist"));
        return Ui.localize(views.runResult.data("runId", runId).data("result", result).data("dataset", dataset)
                .data("mapJson", result.containsKey("decision_map") ? json(result.get("decision_map")) : "")
                .data("confusion", confusion).data("misclassified", result.get("misclassified")), locale).render();
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value == null ? List.of() : value);
        } catch (Exception e) {
            return "[]";
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("malformed run event", e);
        }
    }
}
