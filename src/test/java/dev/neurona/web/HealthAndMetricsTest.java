package dev.neurona.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runs.RunService;
import dev.neurona.runs.RunState;
import dev.neurona.runs.TrainingRun;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The monitoring endpoints: health (liveness, readiness of database and training engine) and Prometheus metrics. */
@QuarkusTest
class HealthAndMetricsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Inject RunService runs;

    @Test
    void readyOnceTheDatabaseAnswersAndTheEngineHasWarmedUp() {
        Response ready =
                await("ready")
                        .atMost(TIMEOUT)
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> given().get("/q/health/ready"), r -> r.statusCode() == 200);
        ready.then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.name", hasItem("training engine"))
                .body(
                        "checks.find { it.name == 'training engine' }.status",
                        org.hamcrest.Matchers.equalTo("UP"))
                .body(
                        "checks.find { it.name == 'training engine' }.data.workers",
                        org.hamcrest.Matchers.greaterThan(0))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void metricsShowThePoolAndCountARunWithItsQueueWaitAndDuration() {
        String before = metrics();
        assertEquals(runs.load().workers(), sample(before, "neurona_workers"), before);
        assertTrue(before.contains("neurona_runs_running "), before);
        assertTrue(before.contains("neurona_runs_queued "), before);

        String runId =
                ExerciseRuns.startRun(
                        ExerciseRuns.RUNS, UUID.randomUUID().toString(), Form.small());
        TrainingRun run = runs.find(runId).orElseThrow();
        awaitEnd(run);

        String after = metrics();
        assertTrue(
                sample(after, "neurona_runs_submitted_total")
                        >= sample(before, "neurona_runs_submitted_total") + 1,
                after);
        String waits = "neurona_run_queue_wait_seconds_count";
        assertTrue(sample(after, waits) >= sample(before, waits) + 1, after);
        String finished = "neurona_run_duration_seconds_count{outcome=\"finished\"}";
        assertTrue(sample(after, finished) >= sample(before, finished) + 1, after);
        assertTrue(
                after.contains("neurona_run_duration_seconds_count{outcome=\"cancelled\"}"),
                "every outcome is listed from the start");
        // the finished run is still held in memory with its log, whose events the gauge counts
        assertTrue(sample(after, "neurona_runs_in_memory") >= 1, after);
        assertTrue(sample(after, "neurona_run_events_in_memory") >= run.log().size(), after);
    }

    @Test
    void theCoursePagesAreUnchanged() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html"));
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one Prometheus sample, given its name with labels as it is printed. */
    private static double sample(String metrics, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$")
                        .matcher(metrics);
        assertTrue(m.find(), series + " in " + metrics);
        return Double.parseDouble(m.group(1));
    }

    private static void awaitEnd(TrainingRun run) {
        await("run " + run.id() + " ends")
                .atMost(TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> run.state().isTerminal());
        assertEquals(RunState.FINISHED, run.state());
    }
}
