package dev.neurona.support;

import static dev.neurona.support.Csrf.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lesson 1.5's exercise over HTTP, as the REST tests drive it: start a run, read its end, poll the history. */
public final class ExerciseRuns {

    public static final String EXERCISE = "mnist-1-5";
    public static final String RUNS = "/exercises/" + EXERCISE + "/runs";

    /** The run panel a started run answers with; group 1 is the run's id. */
    public static final Pattern RUN_PANEL =
            Pattern.compile("sse-connect=\"/runs/([0-9a-f-]{36})/events\"");

    public static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(240);
    static final Pattern DONE = Pattern.compile("(?m)^event:\\s*done\\s*$\\s*^data:\\s*(.*)$");

    private ExerciseRuns() {}

    /** The message of the {@code .field-error} marked with {@code data-field="key"}, or null. */
    public static String fieldError(String html, String key) {
        Matcher m =
                Pattern.compile(
                                "<[^>]*class=\"field-error\"[^>]*data-field=\""
                                        + Pattern.quote(key)
                                        + "\"[^>]*>([^<]*)<")
                        .matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /** The run id in a started run's panel; fails if the answer has none. */
    public static String runId(Response response) {
        Matcher panel = RUN_PANEL.matcher(response.asString());
        assertTrue(panel.find(), response.asString());
        return panel.group(1);
    }

    /** Starts a run of the form on an exercise's runs endpoint ({@code /exercises/ID/runs}) as {@code learner}; the run's id. */
    public static String startRun(String runsPath, String learner, Form form) {
        Response response = form.request().cookie(Cookies.LEARNER, learner).post(runsPath);
        assertEquals(201, response.statusCode(), response.asString());
        return runId(response);
    }

    /** Reads the run's event stream as its learner, which the server ends after {@code done}; the done event's data. */
    public static String awaitDone(URL base, String runId, String learner) throws Exception {
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + "runs/" + runId + "/events"))
                        .header("Accept", "text/event-stream")
                        .header("Cookie", Cookies.LEARNER + "=" + learner)
                        .timeout(TRAINING_TIMEOUT)
                        .GET()
                        .build();
        String body =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .get(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                        .body();
        Matcher done = DONE.matcher(body);
        assertTrue(done.find(), "no done event within " + TRAINING_TIMEOUT + ": " + body);
        return done.group(1);
    }

    /** Polls the learner's history of lesson 1.5's exercise until it shows {@code marker}; bounded. */
    public static String awaitHistory(String learner, String marker) {
        AtomicReference<String> history = new AtomicReference<>("");
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .alias("history shows " + marker)
                .until(
                        () -> {
                            history.set(
                                    given().cookie(Cookies.LEARNER, learner)
                                            .get("/exercises/" + EXERCISE + "/history")
                                            .asString());
                            return history.get().contains(marker);
                        });
        return history.get();
    }
}
