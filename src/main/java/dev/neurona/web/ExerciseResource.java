package dev.neurona.web;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.data.DatasetUnavailableException;
import dev.neurona.inference.ModelEvaluationService;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.DatasetShape;
import dev.neurona.nn.EquivalentCode;
import dev.neurona.nn.InvalidModelException;
import dev.neurona.nn.ModelSummary;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParseResult;
import dev.neurona.runs.LearnerBusyException;
import dev.neurona.runs.LimitsExceededException;
import dev.neurona.runs.MemoryShortException;
import dev.neurona.runs.QueueFullException;
import dev.neurona.runs.RunRefusedException;
import dev.neurona.runs.RunService;
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
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An exercise's endpoints: start a run from its form, preview the model, list past runs, evaluate an uploaded model. */
@Path("/exercises/{exercise}")
@Produces(MediaType.TEXT_HTML)
public class ExerciseResource {

    static final int UNPROCESSABLE = 422;

    @Inject CourseContent content;

    @Inject RunService runs;

    @Inject ModelEvaluationService models;

    @Inject CurrentLearner learner;

    @Inject ExerciseRenderer renderer;

    @Inject RunSubmission submission;

    @Inject Ui ui;

    @Inject NeuronaConfig config;

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(
            @PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        RunSubmission.Attempt attempt = RunSubmission.bind(exercise(exerciseId), form);
        RunSubmission.Queued queued = submission.submit(attempt, learner.id());
        // the form comes back too (out of band) so errors from an earlier attempt disappear
        return Response.status(Response.Status.CREATED)
                .entity(
                        renderer.runPanel(queued.run().id(), queued.spec()).render()
                                + renderer.clearedForm(attempt, queued.spec()))
                .header(
                        "Location",
                        "/lessons/" + attempt.exercise().lessonId() + "?run=" + queued.run().id())
                .build();
    }

    /**
     * A start that queued nothing. The form comes back in place of the old one, with the learner's values and a
     * message beside each field at fault (422) or above them when the learner is busy (429); a missing dataset
     * or a full queue is the server's condition (503), said in a notice. A mapper names its media type itself.
     */
    @ServerExceptionMapper
    public Response refused(SubmissionRefused e) {
        RunSubmission.Attempt attempt = e.attempt();
        AppMessages msg = ui.msg();
        if (e.reason() instanceof SubmissionRefused.Invalid invalid) {
            return inPlaceOfForm(attempt, UNPROCESSABLE, renderer.invalidForm(attempt, invalid));
        }
        if (e.reason() instanceof SubmissionRefused.DatasetMissing) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_HTML)
                    .entity(
                            ui.notice(
                                    MissingDataset.notice(attempt.exercise().dataset(), msg), true))
                    .build();
        }
        RunRefusedException refusal = ((SubmissionRefused.Refused) e.reason()).refusal();
        if (refusal instanceof LimitsExceededException limits) {
            return inPlaceOfForm(
                    attempt,
                    UNPROCESSABLE,
                    renderer.refusedForm(attempt, RefusalMessages.byField(limits, msg), ""));
        }
        if (refusal instanceof LearnerBusyException busy) {
            return inPlaceOfForm(
                    attempt,
                    RefusalMessages.TOO_MANY_REQUESTS,
                    renderer.refusedForm(attempt, Map.of(), RefusalMessages.message(busy, msg)));
        }
        if (refusal instanceof QueueFullException || refusal instanceof MemoryShortException) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.TEXT_HTML)
                    .entity(ui.notice(RefusalMessages.message(refusal, msg), true))
                    .header("Retry-After", "60")
                    .build();
        }
        throw new IllegalStateException(
                "a refusal without a response: " + refusal.getClass().getSimpleName(), refusal);
    }

    private static Response inPlaceOfForm(RunSubmission.Attempt attempt, int status, String form) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML)
                .entity(form)
                .header("HX-Retarget", "#form-" + attempt.exercise().id())
                .header("HX-Reswap", "outerHTML")
                .build();
    }

    @POST
    @Path("summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String summary(
            @PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        SpecParseResult parsed = submission.parse(RunSubmission.bind(exercise(exerciseId), form));
        if (!parsed.isValid()) {
            return "";
        }
        return ui.msg()
                .trainableParameters(
                        Formats.thousands(ModelSummary.of(parsed.orElseThrow()).totalParameters()));
    }

    /** The Keras and DL4J code equivalent to the form as it stands ("Ver el código"). */
    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String code(
            @PathParam("exercise") String exerciseId, MultivaluedMap<String, String> form) {
        SpecParseResult parsed = submission.parse(RunSubmission.bind(exercise(exerciseId), form));
        if (!parsed.isValid()) {
            return ui.notice(ui.msg().formHasErrors(), true);
        }
        NetworkSpec spec = parsed.orElseThrow();
        return ui.localize(
                        ExerciseTemplates.equivalentCode(
                                EquivalentCode.keras(spec), EquivalentCode.dl4j(spec)))
                .render();
    }

    @GET
    @Path("history")
    public String history(@PathParam("exercise") String exerciseId) {
        exercise(exerciseId);
        return ui.localize(
                        ExerciseTemplates.history(
                                runs.history(learner.id(), 100).stream()
                                        .filter(r -> r.exerciseId().equals(exerciseId))
                                        .limit(20)
                                        .toList()))
                .render();
    }

    /** The learner's finished runs of this exercise, overlaid on one chart of the exercise's compared series. */
    @GET
    @Path("compare")
    public String compare(@PathParam("exercise") String exerciseId) {
        ExerciseDefinition exercise = exercise(exerciseId);
        String series =
                exercise.compareSeries()
                        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no comparison"));
        List<CompareView.ComparedRun> compared =
                CompareView.of(
                        runs.history(learner.id(), 100).stream()
                                .filter(r -> r.exerciseId().equals(exerciseId))
                                .limit(12)
                                .toList(),
                        series);
        return ui.localize(
                        ExerciseTemplates.compareRuns(
                                series, compared, CompareView.json(compared), exerciseId))
                .render();
    }

    @POST
    @Path("evaluations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response evaluateUpload(
            @PathParam("exercise") String exerciseId, @RestForm("model") FileUpload upload)
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
            ModelEvaluationService.UploadedEvaluation result =
                    models.evaluate(Files.readAllBytes(upload.uploadedFile()), DatasetShape.MNIST);
            return Response.ok(
                            ui.localize(
                                            ExerciseTemplates.uploadResult(
                                                    result.evaluation(),
                                                    Formats.thousands(result.parameters())))
                                    .render())
                    .build();
        } catch (InvalidModelException e) {
            String message =
                    switch (e.reason()) {
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
                .entity(ui.localize(ExerciseTemplates.uploadForm(exerciseId, message)).render())
                .header("HX-Retarget", "#upload-" + exerciseId)
                .header("HX-Reswap", "outerHTML")
                .build();
    }

    private ExerciseDefinition exercise(String id) {
        return content.exercise(id).orElseThrow(() -> new NotFoundException("no exercise " + id));
    }
}
