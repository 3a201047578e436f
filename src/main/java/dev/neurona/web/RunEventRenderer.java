package dev.neurona.web;

import dev.neurona.runs.RunEvent;
import dev.neurona.runs.events.ClassificationResult;
import dev.neurona.runs.events.RegressionResult;
import dev.neurona.runs.events.RunErrorEvent;
import dev.neurona.runs.events.RunEventJson;
import dev.neurona.runs.events.StatusEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Turns a run's events into what the browser receives: {@code status}, {@code result} and
 * {@code run-error} become HTML fragments htmx swaps in; the others stay JSON for the charts and
 * the epoch table.
 */
@ApplicationScoped
public class RunEventRenderer {

    /** The error code of a run stopped by its time limit: its detail is the limit, an ISO-8601 duration. */
    private static final String TIME_LIMIT = "time_limit";

    public String render(RunEvent event, String runId, Locale locale) {
        if (event.data() instanceof StatusEvent status) {
            return status(status, runId, locale);
        }
        if (event.data() instanceof ClassificationResult result) {
            return classification(result, runId, locale);
        }
        if (event.data() instanceof RegressionResult result) {
            return regression(result, runId, locale);
        }
        if (event.data() instanceof RunErrorEvent error) {
            String detail =
                    TIME_LIMIT.equals(error.code())
                            ? Formats.duration(error.detail())
                            : error.detail();
            return Ui.localize(RunEventTemplates.runError(runId, error.code(), detail), locale)
                    .render();
        }
        return event.json();
    }

    private String status(StatusEvent status, String runId, Locale locale) {
        String eta =
                status.etaSeconds().isPresent()
                        ? Formats.approximateWait(status.etaSeconds().getAsLong())
                        : "";
        String trainRows =
                status.trainRows().isPresent()
                        ? Formats.thousands(status.trainRows().getAsInt())
                        : "";
        return Ui.localize(
                        RunEventTemplates.runStatus(
                                runId,
                                status.state().wireName(),
                                status.position(),
                                eta,
                                status.etaSeconds().isPresent(),
                                status.reason().orElse(""),
                                trainRows),
                        locale)
                .render();
    }

    private String regression(RegressionResult result, String runId, Locale locale) {
        int epochs = result.kfoldAverage().size();
        // lesson 3.10 skips the first 10 epochs, whose huge errors flatten the rest of the curve
        int skipMax = Math.max(0, epochs - 2);
        return Ui.localize(
                        RunEventTemplates.regressionResult(
                                runId,
                                result,
                                skipMax,
                                Math.min(10, skipMax),
                                RunEventJson.writeNumbers(result.pairs()),
                                RunEventJson.writeNumbers(result.kfoldAverage())),
                        locale)
                .render();
    }

    private String classification(ClassificationResult result, String runId, Locale locale) {
        ConfusionView confusion = ConfusionView.of(result.confusion(), result.classes());
        String mapJson = result.decisionMap().map(RunEventJson::write).orElse("");
        return Ui.localize(
                        RunEventTemplates.runResult(
                                runId,
                                result,
                                result.dataset(),
                                mapJson,
                                confusion,
                                result.misclassified()),
                        locale)
                .render();
    }
}
