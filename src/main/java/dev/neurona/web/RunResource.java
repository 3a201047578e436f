package dev.neurona.web;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.runs.RunEvent;
import dev.neurona.runs.RunEventLog;
import dev.neurona.runs.RunService;
import dev.neurona.runs.RunSummary;
import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.RunErrorEvent;
import dev.neurona.runs.events.StatusEvent;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A run's endpoints: its live event stream, the Detener button, training it again, its panel and its
 * model file; each answers only whoever {@link RunAccess} lets see the run, and 404 to anyone else.
 */
@jakarta.ws.rs.Path("/runs/{id}")
public class RunResource {

    private static final org.jboss.logging.Logger LOG =
            org.jboss.logging.Logger.getLogger(RunResource.class);

    @Inject RunService runs;

    @Inject RunEventRenderer events;

    @Inject RunAccess access;

    @Inject ExerciseRenderer renderer;

    @Inject Ui ui;

    @Inject CourseContent content;

    @Inject RunSubmission submission;

    @Inject OpenStreams streams;

    /**
     * Streams the run's events: everything after {@code Last-Event-ID} (all of them for a new
     * subscriber), then live ones until {@code done}, when the stream ends. The subscription is
     * made when the response starts, and a closed tab only cancels it: the run goes on.
     */
    @GET
    @jakarta.ws.rs.Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(
            @PathParam("id") String id,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        access.requireOwner(id);
        RunEventLog log = runs.events(id).orElseThrow(() -> RunAccess.notFound(id));
        Locale locale = ui.locale();
        long after = parseId(lastEventId);
        if (after > 0 && log.rebuilt()) {
            return streams.limit(endingAfterRestart(id, log, after, locale, sse));
        }
        return streams.limit(
                Multi.createFrom()
                        .emitter(
                                emitter -> {
                                    RunEventLog.Subscription subscription =
                                            log.subscribe(
                                                    after,
                                                    event -> {
                                                        String data;
                                                        try {
                                                            data = events.render(event, id, locale);
                                                        } catch (RuntimeException e) {
                                                            LOG.errorf(
                                                                    e,
                                                                    "could not render event %d of run %s",
                                                                    event.id(),
                                                                    id);
                                                            return;
                                                        }
                                                        emitter.emit(
                                                                sse.newEventBuilder()
                                                                        .id(
                                                                                Long.toString(
                                                                                        event.id()))
                                                                        .name(event.type())
                                                                        .data(data)
                                                                        .build());
                                                        if (event.data() instanceof DoneEvent) {
                                                            emitter.complete();
                                                        }
                                                    });
                                    emitter.onTermination(subscription::cancel);
                                    if (log.isClosed()) {
                                        // a reconnect after done has nothing left to wait for
                                        emitter.complete();
                                    }
                                }));
    }

    /**
     * A browser reconnecting to a run whose live log is gone (the server restarted under it):
     * the log was rebuilt from the stored summary with ids of its own, so "after your last id" would
     * send nothing and the browser would reconnect forever. It gets how the run ended instead, with
     * ids that continue its own.
     */
    private Multi<OutboundSseEvent> endingAfterRestart(
            String id, RunEventLog log, long after, Locale locale, Sse sse) {
        List<OutboundSseEvent> ending = new ArrayList<>();
        for (RunEvent event : log.snapshot()) {
            if (event.data() instanceof StatusEvent
                    || event.data() instanceof RunErrorEvent
                    || event.data() instanceof DoneEvent) {
                ending.add(
                        sse.newEventBuilder()
                                .id(Long.toString(after + ending.size() + 1))
                                .name(event.type())
                                .data(events.render(event, id, locale))
                                .build());
            }
        }
        return Multi.createFrom().iterable(ending);
    }

    @POST
    @jakarta.ws.rs.Path("cancel")
    public Response cancel(@PathParam("id") String id) {
        // whoever may see the run may stop it; the service stops it on its owner's behalf
        String owner = access.requireOwner(id);
        return runs.cancel(id, owner)
                ? Response.accepted().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    /**
     * Trains the configuration of one of the learner's runs again (the "Volver a entrenar" button of
     * an interrupted run): a new run, whose panel replaces the old one. Refusals come back as a
     * message for beside the button.
     */
    @POST
    @jakarta.ws.rs.Path("rerun")
    @Produces(MediaType.TEXT_HTML)
    public Response rerun(@PathParam("id") String id) {
        // only the run's own learner trains it again, as themselves
        RunSummary old = access.requireSummary(id);
        ExerciseDefinition exercise =
                content.exercise(old.exerciseId())
                        .orElseThrow(
                                () -> new NotFoundException("no exercise " + old.exerciseId()));
        // the lesson keeps the last word on the fields it does not let learners change, as when the
        // form was sent
        RunSubmission.Queued queued =
                submission.submit(RunSubmission.of(exercise, old.config()), old.learnerId());
        return Response.status(Response.Status.CREATED)
                .entity(renderer.runPanel(queued.run().id(), queued.spec()).render())
                .header("Location", "/lessons/" + exercise.lessonId() + "?run=" + queued.run().id())
                .build();
    }

    /** A re-run that queued nothing: one sentence beside the button, with the status that says why. */
    @ServerExceptionMapper
    public Response rerunRefused(SubmissionRefused e, UriInfo uri) {
        AppMessages msg = ui.msg();
        int status;
        String message;
        if (e.reason() instanceof SubmissionRefused.Refused refused) {
            status = RefusalMessages.status(refused.refusal());
            message = RefusalMessages.message(refused.refusal(), msg);
        } else if (e.reason() instanceof SubmissionRefused.DatasetMissing) {
            status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
            message = MissingDataset.notice(e.attempt().exercise().dataset(), msg);
        } else {
            status = ExerciseResource.UNPROCESSABLE;
            message = msg.errRerunInvalid();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML)
                .entity(ui.notice(message, true))
                .header("HX-Retarget", "#rerun-message-" + uri.getPathParameters().getFirst("id"))
                .header("HX-Reswap", "innerHTML")
                .build();
    }

    @GET
    @jakarta.ws.rs.Path("panel")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance panel(@PathParam("id") String id) {
        return renderer.runPanel(access.requireSummary(id));
    }

    @GET
    @jakarta.ws.rs.Path("model")
    @Produces("application/zip")
    public Response model(@PathParam("id") String id) {
        access.requireOwner(id);
        Path file =
                runs.modelFile(id)
                        .orElseThrow(
                                () -> new NotFoundException("run " + id + " has no saved model"));
        return Response.ok(file.toFile())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"neurona-" + id.substring(0, 8) + ".zip\"")
                .build();
    }

    private static long parseId(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
