package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JSON endpoints of the {@code scratch} widget (lessons 2.2–2.5), on the real ND4J network. */
@QuarkusTest
class ScratchResourceTest {

    private static Response post(String path, String learner, String body) {
        return given().cookie(CurrentLearner.COOKIE, learner).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(body).post(path);
    }

    private static Response post(String path, String body) {
        return post(path, UUID.randomUUID().toString(), body);
    }

    /** A 4xx whose JSON names the field (or none) and says why in Spanish. */
    private static void assertRefused(Response response, int status, String field, String words) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals(field, response.jsonPath().getString("field"), response.asString());
        String message = response.jsonPath().getString("message");
        assertTrue(message != null && message.contains(words), response.asString());
        assertFalse(response.asString().contains("Exception"), "no stack trace: " + response.asString());
    }

    @Test
    void theDataAreTheDiscAndTheRingWithTheParametersOfLesson22() {
        Response response = post("/scratch/data", "{\"seed\": \"42\"}");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(42, response.jsonPath().getInt("seed"));
        List<Float> x1 = response.jsonPath().getList("points.x1", Float.class);
        List<Integer> labels = response.jsonPath().getList("points.labels", Integer.class);
        assertEquals(1000, x1.size());
        assertEquals(1000, response.jsonPath().getList("points.x2").size());
        assertEquals(500, labels.stream().filter(l -> l == 1).count(), "two quantiles of 500");
        assertEquals(List.of("W1", "b1", "W2", "b2", "W3", "b3"), response.jsonPath().getList("parameters.name"));
        assertEquals(List.of(2, 1, 4, 1, 8, 1), response.jsonPath().getList("parameters.rows", Integer.class));
        assertEquals(List.of(4, 4, 8, 8, 1, 1), response.jsonPath().getList("parameters.columns", Integer.class));
        List<Float> w2 = response.jsonPath().getList("parameters[2].values", Float.class);
        assertEquals(32, w2.size());
        assertTrue(w2.stream().allMatch(v -> v >= -1 && v < 1), "uniform in [−1, 1)");
        assertEquals(61, response.jsonPath().getInt("parameterCount"));
        // the same seed gives the same points; another seed, others
        assertEquals(x1, post("/scratch/data", "{\"seed\": 42}").jsonPath().getList("points.x1", Float.class));
        assertFalse(x1.equals(post("/scratch/data", "{\"seed\": 7}").jsonPath().getList("points.x1", Float.class)));
    }

    @Test
    void theForwardPassHasTheShapesOfLesson23AndAnswersAroundOneHalf() {
        Response response = post("/scratch/forward", "{\"seed\": 42}");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(List.of(1000, 2), response.jsonPath().getList("inputShape", Integer.class));
        assertEquals(List.of(List.of(1000, 4), List.of(1000, 8), List.of(1000, 1)), response.jsonPath().getList("layers.zShape"));
        assertEquals(List.of(List.of(1000, 4), List.of(1000, 8), List.of(1000, 1)), response.jsonPath().getList("layers.aShape"));
        assertEquals(List.of("relu", "relu", "sigmoid"), response.jsonPath().getList("layers.activation"));
        assertEquals(List.of(5, 5, 5), response.jsonPath().getList("layers.zRows.rows", Integer.class), "a few rows of each");
        List<Float> a1 = response.jsonPath().getList("layers[0].aRows.values", Float.class);
        assertTrue(a1.stream().allMatch(v -> v >= 0), "ReLU leaves no negatives");
        assertEquals(0.5, response.jsonPath().getDouble("outputMean"), 0.15);
        assertEquals(0.25, response.jsonPath().getDouble("mse"), 0.03);
    }

    @Test
    void oneStepLowersTheErrorAndItsGradientsMatchDl4j() {
        Response response = post("/scratch/step", "{\"seed\": \"42\", \"learning_rate\": \"0,002\"}");
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(0.002, response.jsonPath().getDouble("learningRate"), 1e-12, "a decimal comma is accepted");
        double before = response.jsonPath().getDouble("mseBefore");
        double after = response.jsonPath().getDouble("mseAfter");
        assertTrue(after < before, before + " → " + after);
        assertEquals(List.of(List.of(2, 4), List.of(1, 4), List.of(4, 8), List.of(1, 8), List.of(8, 1), List.of(1, 1)),
                response.jsonPath().getList("check.parameters.shape"));
        assertEquals(List.of("0_W", "0_b", "1_W", "1_b", "2_W", "2_b"), response.jsonPath().getList("check.parameters.dl4jName"));
        List<Float> observed = response.jsonPath().getList("check.parameters.observedFactor", Float.class);
        assertEquals(2.0, observed.get(0), 1e-3, "DL4J's weight gradients are twice ours");
        assertEquals(2000.0, observed.get(1), 1, "its bias gradients, 2·n times");
        assertTrue(response.jsonPath().getList("check.parameters.relativeDifference", Float.class).stream().allMatch(d -> d <= 1e-4));
        assertEquals(response.jsonPath().getDouble("check.ourMse"), response.jsonPath().getDouble("check.dl4jMse"), 1e-6);
        // W −= lr·dW, checked on W3[0]
        float w = response.jsonPath().getFloat("before[4].values[0]");
        float dw = response.jsonPath().getFloat("gradients[4].values[0]");
        assertEquals(w - 0.002f * dw, response.jsonPath().getFloat("after[4].values[0]"), 1e-6);
    }

    @Test
    void aTrainingAdvancesChunkByChunkAndItsErrorFalls() {
        String learner = UUID.randomUUID().toString();
        assertEquals(204, given().cookie(CurrentLearner.COOKIE, learner).get("/scratch/training").statusCode(), "none yet");
        Response start = post("/scratch/training", learner, "{\"seed\": 42, \"learning_rate\": 0.002, \"iterations\": 10000}");
        assertEquals(200, start.statusCode(), start.asString());
        assertEquals(1000, start.jsonPath().getList("points.x1").size());
        assertEquals(0, start.jsonPath().getInt("progress.iteration"));
        assertEquals(10000, start.jsonPath().getInt("progress.iterations"));
        double first = start.jsonPath().getDouble("progress.curve[0].mse");
        assertEquals(0.25, first, 0.03);
        assertEquals(2500, start.jsonPath().getList("progress.grid.probabilities").size(), "lesson 2.5's 50 × 50 grid");

        int iteration = 0;
        double last = first;
        for (int request = 0; request < 20 && iteration < 1500; request++) {
            long began = System.nanoTime();
            Response step = post("/scratch/training/advance", learner, "{\"chunk\": 500}");
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(200, step.statusCode(), step.asString());
            int now = step.jsonPath().getInt("iteration");
            assertTrue(now > iteration && now <= iteration + 500, iteration + " → " + now);
            assertEquals(0, now % 100, "chunks end on a multiple of 100");
            List<Integer> points = step.jsonPath().getList("curve.iteration", Integer.class);
            assertFalse(points.isEmpty());
            int previous = iteration;
            assertTrue(points.stream().allMatch(i -> i > previous && i % 100 == 0), points.toString());
            assertTrue(millis < 5000, "a chunk answers within its time budget (+ a slow machine): " + millis + " ms");
            iteration = now;
            last = step.jsonPath().getDouble("mse");
            assertFalse(step.jsonPath().getBoolean("finished"));
        }
        assertTrue(last < first, first + " → " + last);
        Response current = given().cookie(CurrentLearner.COOKIE, learner).accept(ContentType.JSON).get("/scratch/training");
        assertEquals(200, current.statusCode());
        assertEquals(iteration, current.jsonPath().getInt("progress.iteration"));
        assertEquals(iteration / 100 + 1, current.jsonPath().getList("progress.curve").size(), "a point every 100 iterations");
    }

    @Test
    void refusedValuesAre422WithTheFieldAndAMessage() {
        assertRefused(post("/scratch/data", "{\"seed\": \"abc\"}"), 422, "seed", "no es un número");
        assertRefused(post("/scratch/data", "{\"seed\": -1}"), 422, "seed", "0");
        assertRefused(post("/scratch/forward", "{\"seed\": 1.5}"), 422, "seed", "entero");
        assertRefused(post("/scratch/step", "{\"seed\": 1, \"learning_rate\": 0.5}"), 422, "learning_rate", "0.002");
        assertRefused(post("/scratch/step", "{\"seed\": 1, \"learning_rate\": 0}"), 422, "learning_rate", "0.0001");
        String learner = UUID.randomUUID().toString();
        assertRefused(post("/scratch/training", learner, "{\"seed\": 1, \"learning_rate\": 0.001, \"iterations\": 500}"),
                422, "iterations", "10000");
        assertRefused(post("/scratch/training", learner, "{\"seed\": 1, \"learning_rate\": 0.001, \"iterations\": 60000}"),
                422, "iterations", "50000");
        assertRefused(post("/scratch/training", learner, "{\"seed\": 1, \"iterations\": 20000}"), 422, "learning_rate", "obligatorio");
        assertRefused(post("/scratch/training", learner, "{\"seed\": 1, \"learning_rate\": \"NaN\", \"iterations\": 20000}"),
                422, "learning_rate", "no es un número");
        // advancing nothing, then too much at once
        assertRefused(post("/scratch/training/advance", learner, "{}"), 404, null, "Entrenar");
        assertEquals(200, post("/scratch/training", learner, "{\"seed\": 1, \"learning_rate\": 0.001, \"iterations\": 10000}").statusCode());
        assertRefused(post("/scratch/training/advance", learner, "{\"chunk\": 5000}"), 422, "chunk", "2000");
        assertRefused(post("/scratch/data", "[1, 2]"), 400, null, "JSON");
    }

    @Test
    void errorsSpeakEnglishToo() {
        Response response = given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString()).cookie(Ui.LANGUAGE_COOKIE, "en")
                .contentType(ContentType.JSON).body(Map.of("seed", "x")).post("/scratch/data");
        assertEquals(422, response.statusCode());
        assertEquals("“x” is not a number.", response.jsonPath().getString("message"));
        Response none = given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString()).cookie(Ui.LANGUAGE_COOKIE, "en")
                .contentType(ContentType.JSON).body("{}").post("/scratch/training/advance");
        assertEquals(404, none.statusCode());
        assertNull(none.jsonPath().getString("field"));
        assertTrue(none.jsonPath().getString("message").contains("press Train"), none.asString());
    }
}
