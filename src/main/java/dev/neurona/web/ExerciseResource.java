package dev.neurona.web;

import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.EquivalentCode;
import dev.neurona.nn.InvalidModelException;
import dev.neurona.nn.LayerInput;
import dev.neurona.nn.SpecField;
import dev.neurona.nn.ModelSummary;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.nn.SpecParser;
import dev.neurona.inference.ModelEvaluationService;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.runs.LearnerBusyException;
import dev.neurona.runs.LimitsExceededException;
import dev.neurona.runs.QueueFullException;
import dev.neurona.runs.RunRefusedException;
import dev.neurona.runs.RunRequest;
import dev.neurona.runs.RunService;
import dev.neurona.runs.TrainingRun;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** An exercise's endpoints: start a run from its form, preview the model, list past runs, evaluate an uploaded model. */
@Path("/exercises/{exercise}")
@Produces(MediaType.TEXT_HTML)
public class ExerciseResource {

    static final int UNPROCESSABLE = 422;

    @Inject
    CourseContent content;

    @Inject
    SpecParser parser;

    @Inject
    RunService runs;

    @Inject
    ModelEvaluationService models;

    @Inject
    CurrentLearner learner;

    @Inject
    LearnerRunLimits limits;

    @Inject
    DirectiveRenderer renderer;

    @Inject
    Views views;

    @Inject
    Ui ui;

    @Inject
    NeuronaConfig config;

    @Inject
    dev.neurona.data.DatasetLibrary datasets;

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        ExerciseDefinition exercise = exercise(exerciseId);
        Bound bound = bind(exercise, form);
        SpecParseResult parsed = parser.parse(bound.values(), bound.layers(), DirectiveRenderer.shape(exercise));
        if (!parsed.isValid()) {
            ExerciseForm withErrors = ExerciseForm.withErrors(exercise, bound.values(), bound.layers(), parsed.errors(), ui.msg());
            return Response.status(UNPROCESSABLE)
                    .entity(renderer.exerciseForm(views.exerciseForm, withErrors).render())
                    .header("HX-Retarget", "#form-" + exerciseId)
                    .header("HX-Reswap", "outerHTML")
                    .build();
        }
        NetworkSpec spec = parsed.orElseThrow();
        if (!datasets.isAvailable(exercise.dataset())) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(renderer.notice(ui.msg().errDatasetUnavailable(), true)).build();
        }
        try {
            TrainingRun run = runs.submit(new RunRequest(learner.id(), exercise.lessonId(), exercise.id(), spec, limits.of(learner.id())));
            // the form comes back too (out of band) so errors from an earlier attempt disappear
            String cleanForm = renderer.exerciseForm(views.exerciseForm, ExerciseForm.withErrors(exercise, bound.values(), bound.layers(), List.of(), ui.msg()))
                    .data("oob", true).render();
            return Response.status(Response.Status.CREATED)
                    .entity(renderer.runPanel(run.id(), spec).render() + cleanForm)
                    .header("Location", "/lessons/" + exercise.lessonId() + "?run=" + run.id())
                    .build();
        } catch (QueueFullException e) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(renderer.notice(ui.msg().errQueueFull(), true)).header("Retry-After", "60").build();
        } catch (LimitsExceededException e) {
            return refusedForm(exercise, bound, UNPROCESSABLE, RefusalMessages.byField(e, ui.msg()), "");
        } catch (LearnerBusyException e) {
            return refusedForm(exercise, bound, RefusalMessages.TOO_MANY_REQUESTS, Map.of(), RefusalMessages.message(e, ui.msg()));
        } catch (RunRefusedException e) {
            throw new IllegalStateException("a refusal without a response: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The form as submitted, with the refusal's messages beside its fields or above them; nothing was queued. */
    private Response refusedForm(ExerciseDefinition exercise, Bound bound, int status, Map<String, String> fieldMessages, String alert) {
        ExerciseForm form = ExerciseForm.withMessages(exercise, bound.values(), bound.layers(), fieldMessages, alert);
        return Response.status(status)
                .entity(renderer.exerciseForm(views.exerciseForm, form).render())
                .header("HX-Retarget", "#form-" + exercise.id())
                .header("HX-Reswap", "outerHTML")
                .build();
    }

    @POST
    @Path("summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String summary(@PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        ExerciseDefinition exercise = exercise(exerciseId);
        Bound bound = bind(exercise, form);
        SpecParseResult parsed = parser.parse(bound.values(), bound.layers(), DirectiveRenderer.shape(exercise));
        if (!parsed.isValid()) {
            return "";
        }
        return ui.msg().trainableParameters(Formats.thousands(ModelSummary.of(parsed.orElseThrow()).totalParameters()));
    }

    /** The Keras and DL4J code equivalent to the form as it stands ("Ver el código"). */
    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String code(@PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        ExerciseDefinition exercise = exercise(exerciseId);
        Bound bound = bind(exercise, form);
        SpecParseResult parsed = parser.parse(bound.values(), bound.layers(), DirectiveRenderer.shape(exercise));
        if (!parsed.isValid()) {
            return ui.localize(views.notice.data("text", ui.msg().formHasErrors()).data("error", true)).render();
        }
        NetworkSpec spec = parsed.orElseThrow();
        return ui.localize(views.equivalentCode.data("keras", EquivalentCode.keras(spec)).data("java", EquivalentCode.dl4j(spec))).render();
    }

    @GET
    @Path("history")
    public String history(@PathParam("exercise") String exerciseId) {
        exercise(exerciseId);
        return ui.localize(views.history.data("runs", runs.history(learner.id(), 100).stream()
                .filter(r -> r.exerciseId().equals(exerciseId)).limit(20).toList())).render();
    }

    /** The learner's finished runs of this exercise, overlaid on one chart of the exercise's compared series. */
    @GET
    @Path("compare")
    public String compare(@PathParam("exercise") String exerciseId) {
        ExerciseDefinition exercise = exercise(exerciseId);
        String series = exercise.compareSeries().orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no comparison"));
        List<CompareView.ComparedRun> compared = CompareView.of(runs.history(learner.id(), 100).stream()
                .filter(r -> r.exerciseId().equals(exerciseId)).limit(12).toList(), series);
        return ui.localize(views.compareRuns.data("series", series).data("runs", compared)
                .data("runsJson", CompareView.json(compared)).data("exerciseId", exerciseId)).render();
    }

    @POST
    @Path("evaluations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response evaluateUpload(@PathParam("exercise") String exerciseId, @RestForm("model") FileUpload upload)
            throws IOException, DatasetUnavailableException {
        exercise(exerciseId);
        AppMessages msg = ui.msg();
        long limit = config.limits().maxUploadBytes();
        if (upload == null || upload.size() == 0) {
            return uploadError(exerciseId, msg.errUploadEmpty());
        }
        if (upload.size() > limit) {
            return uploadError(exerciseId, msg.errUploadTooLarge(limit / (1024 * 1024)));
        }
        try {
            ModelEvaluationService.UploadedEvaluation result = models.evaluate(Files.readAllBytes(upload.uploadedFile()), DatasetShape.MNIST);
            return Response.ok(ui.localize(views.uploadResult.data("evaluation", result.evaluation())
                    .data("parameters", Formats.thousands(result.parameters()))).render()).build();
        } catch (InvalidModelException e) {
            String message = switch (e.reason()) {
                case EMPTY -> msg.errUploadEmpty();
                case TOO_LARGE -> msg.errUploadTooLarge(limit / (1024 * 1024));
                case NOT_A_MODEL -> msg.errUploadNotAModel();
                case WRONG_SHAPE -> msg.errUploadWrongShape(e.getMessage());
            };
            return uploadError(exerciseId, message);
        }
    }

    private Response uploadError(String exerciseId, String message) {
        return Response.status(UNPROCESSABLE)
                .entity(ui.localize(views.uploadForm.data("exerciseId", exerciseId).data("uploadError", message)).render())
                .header("HX-Retarget", "#upload-" + exerciseId)
                .header("HX-Reswap", "outerHTML")
                .build();
    }

    /** The configuration to validate: the lesson's values, with the learner's for the editable fields. */
    record Bound(Map<String, String> values, List<LayerInput> layers) {
    }

    static Bound bind(ExerciseDefinition exercise, MultivaluedMap<String, String> form) {
        ExerciseForm.Submitted submitted = ExerciseForm.bind(form);
        Map<String, String> values = exercise.merge(submitted.values());
        List<LayerInput> layers = exercise.isEditable(SpecField.HIDDEN.key()) && submitted.layers().isPresent()
                ? submitted.layers().get()
                : LayerInput.parseAll(values.getOrDefault(SpecField.HIDDEN.key(), ""));
        return new Bound(values, layers);
    }

    private ExerciseDefinition exercise(String id) {
        return content.exercise(id).orElseThrow(() -> new NotFoundException("no exercise " + id));
    }
}
