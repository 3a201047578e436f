package dev.neurona.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurona.nn.FieldError;
import dev.neurona.lab.ScratchBusyException;
import dev.neurona.lab.ScratchInputException;
import dev.neurona.lab.ScratchLab;
import dev.neurona.lab.ScratchSessions;
import dev.neurona.web.widgets.ScratchWidgetMessages;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Module 2's from-scratch network for the {@code scratch} widget, as JSON: the data and parameters
 * (2.2), one forward pass (2.3), one gradient step checked against DL4J (2.4), and the learner's live
 * training, advanced a chunk per request (2.5). A refused value is a 4xx with {@code {field, message}}.
 */
@Path("/scratch")
@Produces(MediaType.APPLICATION_JSON)
public class ScratchResource {

    @Inject
    ScratchLab lab;

    @Inject
    ScratchSessions sessions;

    @Inject
    CurrentLearner learner;

    @Inject
    Ui ui;

    @POST
    @Path("/data")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response data(JsonNode body) {
        return answer(body, lab::data);
    }

    @POST
    @Path("/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response forward(JsonNode body) {
        return answer(body, lab::forward);
    }

    @POST
    @Path("/step")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response step(JsonNode body) {
        return answer(body, lab::step);
    }

    @POST
    @Path("/training")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(JsonNode body) {
        return answer(body, values -> sessions.start(learner.id(), values));
    }

    @POST
    @Path("/training/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response advance(JsonNode body) {
        return answer(body, values -> sessions.advance(learner.id(), values));
    }

    /** The learner's training as it stands (to redraw it after a reload), or 204 if they have none. */
    @GET
    @Path("/training")
    public Response current() {
        return sessions.current(learner.id()).map(t -> Response.ok(t).build()).orElseGet(() -> Response.noContent().build());
    }

    /** Reads the body's fields as text, calls the service, and turns every refusal into a worded 4xx. */
    private Response answer(JsonNode body, Function<Map<String, String>, Object> call) {
        ScratchWidgetMessages msg = MessageBundles.get(ScratchWidgetMessages.class, Localized.Literal.of(ui.locale().getLanguage()));
        if (body != null && !body.isObject() && !body.isNull()) {
            return error(400, null, msg.errBody());
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (body != null) {
            body.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    values.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        try {
            return Response.ok(call.apply(values)).build();
        } catch (ScratchInputException e) {
            FieldError error = e.error();
            return error(422, error.field(), FieldErrorMessages.message(error, ui.msg()));
        } catch (NoSuchElementException e) {
            return error(404, null, msg.errNoTraining());
        } catch (ScratchBusyException e) {
            return e.reason() == ScratchBusyException.Reason.LEARNER
                    ? error(409, null, msg.errBusyLearner())
                    : error(503, null, msg.errBusyServer());
        }
    }

    private static Response error(int status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("field", field);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
