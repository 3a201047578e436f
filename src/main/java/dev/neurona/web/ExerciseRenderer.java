package dev.neurona.web;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.data.DatasetLibrary;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.Dl4jProject;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecField;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.runs.RunSummary;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Draws an exercise: its block in a lesson, its form (blank, with errors or refused) and a run's live panel. */
@RequestScoped
public class ExerciseRenderer {

    @Inject Ui ui;

    @Inject RunSubmission submission;

    @Inject NeuronaConfig config;

    @Inject DatasetLibrary datasets;

    @Inject RunAccess access;

    /**
     * The exercise block with the run it shows: the one asked for, else the learner's latest of this
     * exercise. {@code shared} holds a configuration from a shared link, applied to the editable fields.
     */
    String exercise(
            ExerciseDefinition exercise,
            Optional<String> requestedRun,
            Map<String, String> shared) {
        boolean available = submission.datasetAvailable(exercise);
        String panel =
                access.shown(exercise.id(), requestedRun).map(r -> runPanel(r).render()).orElse("");
        ExerciseForm form;
        SpecParseResult parsed;
        if (shared.isEmpty()) {
            form = ExerciseForm.initial(exercise);
            parsed = submission.lessonSpec(exercise);
        } else {
            RunSubmission.Attempt attempt = RunSubmission.of(exercise, shared);
            parsed = submission.parse(attempt);
            form =
                    ExerciseForm.withErrors(
                            exercise,
                            attempt.values(),
                            attempt.layers(),
                            parsed.errors(),
                            ui.msg());
        }
        DatasetShape shape = DirectiveRenderer.shape(exercise);
        return ui.localize(
                        ExerciseTemplates.exercise(
                                form,
                                config.limits().maxUnits(),
                                config.limits().maxHiddenLayers(),
                                shape.outputs(),
                                parameters(parsed.spec()),
                                false,
                                exercise.dataset(),
                                available ? datasets.source(exercise.dataset()) : "",
                                exercise.presets(),
                                exercise.compareSeries().orElse(""),
                                available
                                        ? ""
                                        : MissingDataset.notice(exercise.dataset(), ui.msg()),
                                panel,
                                exercise.id(),
                                "",
                                Dl4jProject.supports(exercise.dataset())))
                .render();
    }

    /** The form as the learner sent it, with the errors that kept it from being queued beside its fields. */
    String invalidForm(RunSubmission.Attempt attempt, SubmissionRefused.Invalid invalid) {
        ExerciseDefinition exercise = attempt.exercise();
        // the attempt was parsed once and failed: there is no spec to count parameters of
        return form(
                ExerciseForm.withErrors(
                        exercise, attempt.values(), attempt.layers(), invalid.errors(), ui.msg()),
                Optional.empty(),
                false);
    }

    /** The form as the learner sent it, with a refusal's messages beside its fields and above them. */
    String refusedForm(
            RunSubmission.Attempt attempt, Map<String, String> fieldMessages, String alert) {
        ExerciseForm form =
                ExerciseForm.withMessages(
                        attempt.exercise(),
                        attempt.values(),
                        attempt.layers(),
                        fieldMessages,
                        alert);
        return form(form, submission.parse(attempt).spec(), false);
    }

    /** The form of a queued attempt, sent out of band so the errors of an earlier attempt disappear. */
    String clearedForm(RunSubmission.Attempt attempt, NetworkSpec spec) {
        ExerciseForm form =
                ExerciseForm.withErrors(
                        attempt.exercise(),
                        attempt.values(),
                        attempt.layers(),
                        List.of(),
                        ui.msg());
        return form(form, Optional.of(spec), true);
    }

    private String form(ExerciseForm form, Optional<NetworkSpec> spec, boolean oob) {
        return ui.localize(
                        ExerciseTemplates.exerciseForm(
                                form,
                                config.limits().maxUnits(),
                                config.limits().maxHiddenLayers(),
                                DirectiveRenderer.shape(form.exercise()).outputs(),
                                parameters(spec),
                                oob))
                .render();
    }

    private static String parameters(Optional<NetworkSpec> spec) {
        return spec.map(s -> Formats.thousands(s.parameterCount())).orElse("");
    }

    /** The live panel of a run: charts of its loss and metric (one curve per fold with K-fold), epoch table, result. */
    TemplateInstance runPanel(String runId, NetworkSpec spec) {
        return runPanel(
                runId, spec.epochs(), spec.metric().kerasName(), spec.folds(), spec.dataset());
    }

    TemplateInstance runPanel(RunSummary run) {
        return runPanel(
                run.id(),
                run.epochs(),
                run.metricName(),
                parseInt(run.config().getOrDefault(SpecField.KFOLD.key(), "0"), 0),
                run.dataset());
    }

    private TemplateInstance runPanel(
            String runId, int epochs, String metric, int folds, String dataset) {
        return ui.localize(
                ExerciseTemplates.runPanel(
                        runId,
                        epochs,
                        metric,
                        folds >= 2 ? folds : 0,
                        dataset,
                        DirectiveRenderer.plane(dataset)));
    }

    /** A whole number as typed in a lesson or stored config; {@code fallback} when it is not one. */
    static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
