package dev.neurona.web;

import dev.neurona.data.DatasetUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A missing dataset is the server's condition, not a bug: say so plainly (503) instead of a stack trace. */
public class DatasetUnavailableMapper {

    @ServerExceptionMapper
    public Response map(DatasetUnavailableException e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
    }
}
