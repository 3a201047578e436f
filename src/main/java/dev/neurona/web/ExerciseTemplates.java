package dev.neurona.web;

import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.runs.RunSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The exercise's templates with their parameters: a misspelt name or a wrong type fails the build. */
@CheckedTemplate(basePath = "", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class ExerciseTemplates {

    private ExerciseTemplates() {}

    /**
     * The whole exercise block of a lesson; it includes the form, the upload form and the take-home box, hence their
     * parameters. {@code datasetMissing} is the notice naming the missing dataset, empty when the server has it;
     * {@code dl4jProject}: the box offers a DL4J project too.
     */
    static native TemplateInstance exercise(
            ExerciseForm form,
            int maxUnits,
            int maxLayers,
            int outputs,
            String parameters,
            boolean oob,
            String dataset,
            String datasetSource,
            List<ExerciseDefinition.Preset> presets,
            String compare,
            String datasetMissing,
            String runPanel,
            String exerciseId,
            String uploadError,
            boolean dl4jProject);

    /** The form alone: answered to a refused start, or sent out of band to clear an earlier attempt's errors. */
    static native TemplateInstance exerciseForm(
            ExerciseForm form,
            int maxUnits,
            int maxLayers,
            int outputs,
            String parameters,
            boolean oob);

    /** A run's live panel; {@code folds} is 0 without K-fold, {@code plane} draws a decision map. */
    static native TemplateInstance runPanel(
            String runId, int epochs, String metric, int folds, String dataset, boolean plane);

    static native TemplateInstance history(List<RunSummary> runs);

    static native TemplateInstance compareRuns(
            String series, List<CompareView.ComparedRun> runs, String runsJson, String exerciseId);

    static native TemplateInstance equivalentCode(String keras, String java);

    static native TemplateInstance uploadForm(String exerciseId, String uploadError);

    static native TemplateInstance uploadResult(
            dev.neurona.nn.TestEvaluation evaluation, String parameters);
}
