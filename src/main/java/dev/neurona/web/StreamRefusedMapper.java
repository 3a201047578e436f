package dev.neurona.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused event stream, said plainly: 429 with the reason and when to try again, on every stream endpoint. */
public class StreamRefusedMapper {

    /** Seconds a refused client is asked to wait: streams end when tabs close. */
    private static final int RETRY_AFTER_SECONDS = 30;

    @Inject Ui ui;

    @ServerExceptionMapper
    public Response refused(StreamCeiling.Refused e) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(LiveStreamsResource.message(e.limit(), ui.msg()))
                .build();
    }
}
