package dev.neurona.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurona.inference.DigitPredictionService;
import dev.neurona.inference.Prediction;
import dev.neurona.inference.UnusableModelException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Lesson 1.5's "draw a digit": {@code POST /runs/{id}/predictions} with {@code {"pixels": [784 grey
 * levels in [0, 1]]}} answers {@code {"digit": 7, "probabilities": [10 values]}}, for whoever
 * {@link RunAccess} lets see the run (404 for anyone else, as for a run that does not exist).
 */
@Path("/runs/{id}/predictions")
public class PredictResource {

    @Inject
    DigitPredictionService predictions;

    @Inject
    RunAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response predict(@PathParam("id") String id, JsonNode body) {
        if (access.owner(id).isEmpty()) {
            return error(404, "no run " + id);
        }
        float[] pixels;
        try {
            pixels = pixels(body);
        } catch (IllegalArgumentException e) {
            return error(422, e.getMessage());
        }
        try {
            Prediction prediction = predictions.predict(id, pixels);
            // {"digit": 7, "probabilities": [...], "normalized": false}
            return Response.ok(prediction).build();
        } catch (NoSuchElementException e) {
            return error(404, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(422, e.getMessage());
        } catch (UnusableModelException e) {
            return error(409, e.getMessage());
        }
    }

    /** The body's {@code pixels} as floats; anything that is not an array of numbers is refused with a reason. */
    private static float[] pixels(JsonNode body) {
        JsonNode array = body == null ? null : body.get("pixels");
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("expected a JSON object {\"pixels\": [" + DigitPredictionService.PIXELS
                    + " numbers in [0, 1]]}");
        }
        float[] pixels = new float[array.size()];
        for (int i = 0; i < pixels.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isNumber()) {
                throw new IllegalArgumentException("pixel " + i + " is not a number: " + value);
            }
            pixels[i] = (float) value.doubleValue();
        }
        return pixels;
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
