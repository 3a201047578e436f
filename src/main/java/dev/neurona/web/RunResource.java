package dev.neurona.web;

import dev.neurona.runs.RunEvent;
import dev.neurona.runs.RunEventLog;
import dev.neurona.runs.RunService;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.sse.Sse;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A run's endpoints: its live event stream, the Detener button, its panel and its model file; each
 * answers only whoever {@link RunAccess} lets see the run, and 404 to anyone else.
 */
@jakarta.ws.rs.Path("/runs/{id}")
public class RunResource {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RunResource.class);

    @Inject
    RunService runs;

    @Inject
    RunEventRenderer events;

    @Inject
    RunAccess access;

    @Inject
    DirectiveRenderer renderer;

    @Inject
    Ui ui;

    /**
     * Streams the run's events: everything after {@code Last-Event-ID} (all of them for a new
     * subscriber), then live ones until {@code done}, when the stream ends. The subscription is
     * made when the response starts, and a closed tab only cancels it: the run goes on.
     */
    @GET
    @jakarta.ws.rs.Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@PathParam("id") String id, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        access.requireOwner(id);
        RunEventLog log = runs.events(id).orElseThrow(() -> RunAccess.notFound(id));
        Locale locale = ui.locale();
        long after = parseId(lastEventId);
        return Multi.createFrom().emitter(emitter -> {
            RunEventLog.Subscription subscription = log.subscribe(after, event -> {
                String data;
                try {
                    data = events.render(event, id, locale);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "could not render event %d of run %s", event.id(), id);
                    return;
                }
                emitter.emit(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type()).data(data).build());
                if (RunEvent.DONE.equals(event.type())) {
                    emitter.complete();
                }
            });
            emitter.onTermination(subscription::cancel);
            if (log.isClosed()) {
                // a reconnect after done has nothing left to wait for
                emitter.complete();
            }
        });
    }

    @POST
    @jakarta.ws.rs.Path("cancel")
    public Response cancel(@PathParam("id") String id) {
        // whoever may see the run may stop it; the service stops it on its owner's behalf
        String owner = access.requireOwner(id);
        return runs.cancel(id, owner) ? Response.accepted().build() : Response.status(Response.Status.NOT_FOUND).build();
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
        Path file = runs.modelFile(id).orElseThrow(() -> new NotFoundException("run " + id + " has no saved model"));
        return Response.ok(file.toFile())
                .header("Content-Disposition", "attachment; filename=\"neurona-" + id.substring(0, 8) + ".zip\"")
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
