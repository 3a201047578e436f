package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.data.DatasetLibrary;
import dev.neurona.data.LabeledImages;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lesson 1.5's "draw a digit" endpoint: a real trained run's model predicts a real MNIST test image. */
@QuarkusTest
class PredictResourceTest {

    /** The learner of the trained run: only they may ask its model. */
    private static final String LEARNER = UUID.randomUUID().toString();

    /** One small run trained for the whole class (1 epoch, 32 relu, batches of 256). */
    private static String trainedRun;

    @Inject
    DatasetLibrary datasets;

    @TestHTTPResource("/")
    URL base;

    private synchronized String trainedRun() throws Exception {
        if (trainedRun == null) {
            String id = startRun(Form.small()
                    .set("hidden_units", "32").set("hidden_activation", "relu")
                    .set("epochs", "1").set("batch_size", "256"));
            String done = ExerciseRuns.awaitDone(base, id, LEARNER);
            assertTrue(done.contains("finished"), "the run must finish: " + done);
            trainedRun = id;
        }
        return trainedRun;
    }

    private static String startRun(Form form) {
        return ExerciseRuns.startRun(ExerciseRuns.RUNS, LEARNER, form);
    }

    /** Test image {@code index} as 784 grey levels in [0, 1], as the training data saw it. */
    private float[] testImage(int index) throws Exception {
        LabeledImages test = datasets.mnist().test();
        float[] pixels = new float[test.pixelsPerImage()];
        for (int row = 0; row < test.rows(); row++) {
            for (int col = 0; col < test.cols(); col++) {
                pixels[row * test.cols() + col] = test.pixel(index, row, col) / 255f;
            }
        }
        return pixels;
    }

    private static String json(float[] pixels) {
        StringBuilder json = new StringBuilder("{\"pixels\":[");
        for (int i = 0; i < pixels.length; i++) {
            json.append(i == 0 ? "" : ",").append(pixels[i]);
        }
        return json.append("]}").toString();
    }

    private static Response predict(String runId, String body) {
        return predict(runId, body, LEARNER);
    }

    private static Response predict(String runId, String body, String learner) {
        return given().cookie(CurrentLearner.COOKIE, learner).contentType(ContentType.JSON).accept(ContentType.JSON).body(body).post("/runs/" + runId + "/predictions");
    }

    private static void assertRefused(Response response, String part) {
        assertEquals(422, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        String error = response.jsonPath().getString("error");
        assertTrue(error != null && error.contains(part), response.asString());
    }

    @Test
    void theTrainedModelReadsTheFirstTestImageAsASeven() throws Exception {
        String runId = trainedRun();
        assertEquals(7, datasets.mnist().test().label(0), "MNIST's test image 0 is a 7");
        Response response = predict(runId, json(testImage(0)));
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        assertEquals(7, response.jsonPath().getInt("digit"), response.asString());
        List<Float> probabilities = response.jsonPath().getList("probabilities", Float.class);
        assertEquals(10, probabilities.size(), response.asString());
        double sum = 0;
        for (float p : probabilities) {
            assertTrue(p >= 0 && p <= 1, response.asString());
            sum += p;
        }
        assertEquals(1.0, sum, 1e-4, response.asString());
        assertEquals(7, probabilities.indexOf(probabilities.stream().max(Float::compare).orElseThrow()), "the digit is the argmax");
        assertFalse(response.jsonPath().getBoolean("normalized"), "a softmax output is shown as it is");
    }

    @Test
    void concurrentPredictionsOnOneModelAgree() throws Exception {
        String runId = trainedRun();
        String[] bodies = {json(testImage(0)), json(testImage(1)), json(testImage(2))};
        String[] expected = new String[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            Response response = predict(runId, bodies[i]);
            assertEquals(200, response.statusCode(), response.asString());
            expected[i] = response.asString();
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String[]>> answers = new ArrayList<>();
            for (int n = 0; n < 24; n++) {
                int which = n % bodies.length;
                answers.add(pool.submit(() -> new String[] {expected[which], predict(runId, bodies[which]).asString()}));
            }
            for (Future<String[]> answer : answers) {
                String[] pair = answer.get(60, TimeUnit.SECONDS);
                assertEquals(pair[0], pair[1], "the same image gets the same answer, whoever asks at the same time");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongNumberOfPixelsIs422() throws Exception {
        String runId = trainedRun();
        assertRefused(predict(runId, json(new float[783])), "784");
        assertRefused(predict(runId, json(new float[785])), "784");
        assertRefused(predict(runId, json(new float[0])), "784");
    }

    @Test
    void pixelsOutOfRangeOrNotNumbersAre422() throws Exception {
        String runId = trainedRun();
        float[] pixels = testImage(0);
        pixels[100] = 1.5f;
        assertRefused(predict(runId, json(pixels)), "[0, 1]");
        pixels[100] = -0.01f;
        assertRefused(predict(runId, json(pixels)), "[0, 1]");
        pixels[100] = 255f;
        assertRefused(predict(runId, json(pixels)), "pixel 100");
        String text = json(testImage(0)).replaceFirst("\\[0\\.0,", "[\"blanco\",");
        assertRefused(predict(runId, text), "not a number");
        assertRefused(predict(runId, "{\"pixels\":null}"), "pixels");
        assertRefused(predict(runId, "{\"imagen\":[0,0,0]}"), "pixels");
        assertRefused(predict(runId, "[0,0,0]"), "pixels");
    }

    @Test
    void anUnknownRunIs404() {
        String body = json(new float[784]);
        Response unknown = predict(UUID.randomUUID().toString(), body);
        assertEquals(404, unknown.statusCode(), unknown.asString());
        assertTrue(unknown.jsonPath().getString("error").contains("no run"), unknown.asString());
        assertEquals(404, predict("not-a-run", body).statusCode());
        // an unknown run is 404 even when the image is wrong too
        assertEquals(404, predict(UUID.randomUUID().toString(), json(new float[3])).statusCode());
    }

    @Test
    void aRunWithoutAModelIs404() {
        String owner = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(ExerciseRuns.RUNS, owner, Form.small().set("epochs", "50"));
        given().cookie(CurrentLearner.COOKIE, owner).post("/runs/" + runId + "/cancel").then().statusCode(202);
        Response response = predict(runId, json(new float[784]), owner);
        assertEquals(404, response.statusCode(), response.asString());
        assertTrue(response.jsonPath().getString("error").contains("no saved model"), response.asString());
    }

    @Test
    void anotherLearnersRunIs404LikeARunThatDoesNotExist() throws Exception {
        String runId = trainedRun();
        Response someoneElse = predict(runId, json(testImage(0)), UUID.randomUUID().toString());
        assertEquals(404, someoneElse.statusCode(), someoneElse.asString());
        assertEquals("no run " + runId, someoneElse.jsonPath().getString("error"));
        assertEquals(200, predict(runId, json(testImage(0))).statusCode(), "its learner still may");
    }

    @Test
    void onlyJsonIsAccepted() {
        float[] pixels = new float[784];
        Arrays.fill(pixels, 0f);
        int status = given().contentType(ContentType.TEXT).body(json(pixels)).post("/runs/" + UUID.randomUUID() + "/predictions").statusCode();
        assertEquals(415, status);
    }
}
