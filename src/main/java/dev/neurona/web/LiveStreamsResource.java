package dev.neurona.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Why the current client's event streams are refused: a browser's EventSource cannot read the 429's
 * reason, so the page asks here after a stream fails and shows the notice it gets.
 */
@Path("/me/streams")
public class LiveStreamsResource {

    @Inject OpenStreams streams;

    @Inject Ui ui;

    /** The notice for the current client's refused streams (200), or 204 when it may open one now. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response check() {
        return streams.full()
                .map(limit -> Response.ok(ui.notice(message(limit, ui.msg()), true)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    static String message(StreamCeiling.Limit limit, AppMessages msg) {
        return switch (limit) {
            case LEARNER -> msg.streamsLearnerFull();
            case ADDRESS -> msg.streamsAddressFull();
            case SERVER -> msg.streamsServerFull();
        };
    }
}
