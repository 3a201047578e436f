package dev.neurona.web;

import dev.neurona.runs.events.ClassificationResult;
import dev.neurona.runs.events.RegressionResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The HTML fragments of a run's events, with their parameters: a misspelt name or a wrong type fails the build. */
@CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class RunEventTemplates {

    private RunEventTemplates() {
    }

    /** A status line; {@code eta} is empty when the start is not estimated, {@code trainRows} when all rows train. */
    static native TemplateInstance runStatus(String runId, String state, int position, String eta, boolean etaKnown,
            String reason, String trainRows);

    /** A classifier's test result; {@code mapJson} is a plane run's final decision map, empty otherwise. */
    static native TemplateInstance runResult(String runId, ClassificationResult result, String dataset, String mapJson,
            ConfusionView confusion, List<ClassificationResult.Misclassified> misclassified);

    /** A regression's test result, with the K-fold average curve and its skip slider. */
    static native TemplateInstance regressionResult(String runId, RegressionResult result, int skipMax, int skipDefault,
            String pairsJson, String averageJson);

    /** Why a run did not finish. */
    static native TemplateInstance runError(String runId, String code, String detail);
}
