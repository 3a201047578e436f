package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.config.NeuronaConfig;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.LayerInput;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.RunFixtures;
import dev.neurona.runs.RunLimits;
import dev.neurona.runs.RunRepository;
import dev.neurona.runs.RunRequest;
import dev.neurona.runs.RunService;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunSummary;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Fair sharing over HTTP: class limits beside the fields, the per-learner limit, an instructor's stop, training an interrupted run again. */
@QuarkusTest
class FairSharingResourceTest {

    @Inject RunService runs;

    @Inject RunRepository repository;

    @Inject CourseContent content;

    @Inject SpecParser parser;

    @Inject NeuronaConfig config;

    private void classLimits(RunLimits limits) {
        QuarkusMock.installMockForType(
                new LearnerRunLimits() {
                    @Override
                    public RunLimits of(String learnerId) {
                        return limits;
                    }
                },
                LearnerRunLimits.class);
    }

    private static Response start(String learner, Form form) {
        return form.request().cookie(CurrentLearner.COOKIE, learner).post(ExerciseRuns.RUNS);
    }

    private static String runId(Response response) {
        Matcher panel = ExerciseRuns.RUN_PANEL.matcher(response.asString());
        assertTrue(panel.find(), response.asString());
        return panel.group(1);
    }

    /** The run's whole event stream, rendered as the learner's browser gets it (the run must have ended). */
    /** The run's event stream as its owner reads it (anyone else gets a 404). */
    private String events(String runId) {
        String owner = runs.summary(runId).orElseThrow().learnerId();
        return given().cookie(CurrentLearner.COOKIE, owner)
                .accept("text/event-stream")
                .get("/runs/" + runId + "/events")
                .asString();
    }

    private void awaitEnd(String runId) {
        await("run " + runId + " ends")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                runs.summary(runId).map(s -> s.state().isTerminal()).orElse(false)
                                        && runs.events(runId)
                                                .map(log -> log.isClosed())
                                                .orElse(false));
    }

    @Test
    void epochsOverTheClassLimitAreRefusedBesideTheField() {
        RunLimits defaults = RunLimits.defaults(config);
        classLimits(new RunLimits(20, defaults.maxParameters(), defaults.maxWallTime(), 0, 1, 1));
        String learner = UUID.randomUUID().toString();
        Response refused = start(learner, Form.small().set("epochs", "30"));
        assertEquals(422, refused.statusCode());
        assertEquals("#form-" + ExerciseRuns.EXERCISE, refused.header("HX-Retarget"));
        String error = ExerciseRuns.fieldError(refused.asString(), "epochs");
        assertEquals("Tu clase limita el entrenamiento a 20 épocas.", error, refused.asString());
        assertTrue(
                refused.asString().contains("value=\"30\""),
                "the form keeps what the learner typed");
        String history =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .get("/exercises/" + ExerciseRuns.EXERCISE + "/history")
                        .asString();
        assertTrue(history.contains("Todavía no has entrenado"), "nothing queued: " + history);

        assertEquals(
                201,
                start(learner, Form.small().set("epochs", "20")).statusCode(),
                "at the limit is fine");
    }

    @Test
    void aThirdRunBeyondOneTrainingAndOneWaitingIsRefusedInTheForm() {
        String learner = UUID.randomUUID().toString();
        String training = runId(start(learner, Form.small().set("epochs", "50")));
        String waiting = runId(start(learner, Form.small()));
        try {
            Response refused = start(learner, Form.small());
            assertEquals(429, refused.statusCode(), refused.asString());
            assertEquals("#form-" + ExerciseRuns.EXERCISE, refused.header("HX-Retarget"));
            assertTrue(
                    refused.asString()
                            .contains(
                                    "<p class=\"form-alert\" role=\"alert\">Ya tienes 2 entrenamientos en marcha o en cola,"
                                            + " el máximo: espera a que termine uno o detenlo.</p>"),
                    refused.asString());
            assertEquals(
                    201,
                    start(UUID.randomUUID().toString(), Form.small()).statusCode(),
                    "another learner is not held back");
        } finally {
            given().cookie(CurrentLearner.COOKIE, learner).post("/runs/" + training + "/cancel");
            given().cookie(CurrentLearner.COOKIE, learner).post("/runs/" + waiting + "/cancel");
        }
    }

    @Test
    void aRunAnInstructorStoppedSaysSoInTheLearnersPanel() throws Exception {
        String learner = UUID.randomUUID().toString();
        String runId = runId(start(learner, Form.small().set("epochs", "50")));
        assertTrue(runs.cancelAny(runId));
        awaitEnd(runId);
        String stream = events(runId);
        assertTrue(stream.contains("El instructor detuvo este entrenamiento."), stream);
        assertTrue(stream.contains("Detenido por el instructor"), stream);
        assertEquals(RunState.CANCELLED, runs.summary(runId).orElseThrow().state());
        String history =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .get("/exercises/" + ExerciseRuns.EXERCISE + "/history")
                        .asString();
        assertTrue(history.contains("Detenido por el instructor"), history);
    }

    @Test
    void anInterruptedRunIsTrainedAgainWithItsConfigurationInOneClick() throws Exception {
        String learner = UUID.randomUUID().toString();
        ExerciseDefinition exercise = content.exercise(ExerciseRuns.EXERCISE).orElseThrow();
        Map<String, String> values =
                exercise.merge(
                        Map.of(
                                "hidden",
                                "16 relu",
                                "epochs",
                                "1",
                                "batch_size",
                                "1024",
                                "seed",
                                "5"));
        NetworkSpec spec =
                parser.parse(
                                values,
                                LayerInput.parseAll(values.get("hidden")),
                                DirectiveRenderer.shape(exercise))
                        .orElseThrow();
        String interrupted =
                RunFixtures.interruptedRun(
                        repository,
                        new RunRequest(
                                learner,
                                exercise.lessonId(),
                                exercise.id(),
                                spec,
                                RunLimits.defaults(config)));
        RunSummary old = runs.summary(interrupted).orElseThrow();
        assertTrue(old.interrupted());

        String stream = events(interrupted);
        assertTrue(stream.contains("Interrumpido por un reinicio del servidor"), stream);
        // a browser that was watching it live reconnects with its last id: it learns how the run
        // ended, and the stream ends
        String reconnect =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .accept("text/event-stream")
                        .header("Last-Event-ID", "500")
                        .get("/runs/" + interrupted + "/events")
                        .asString();
        assertTrue(
                java.util.regex.Pattern.compile("id:\\s*501").matcher(reconnect).find(), reconnect);
        assertTrue(
                java.util.regex.Pattern.compile("event:\\s*done").matcher(reconnect).find(),
                reconnect);
        assertTrue(reconnect.contains("Interrumpido por un reinicio del servidor"), reconnect);
        assertTrue(stream.contains("hx-post=\"/runs/" + interrupted + "/rerun\""), stream);
        assertTrue(stream.contains("Volver a entrenar"), stream);
        String history =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .get("/exercises/" + ExerciseRuns.EXERCISE + "/history")
                        .asString();
        assertTrue(history.contains(">Interrumpido<"), history);

        given().cookie(CurrentLearner.COOKIE, UUID.randomUUID().toString())
                .post("/runs/" + interrupted + "/rerun")
                .then()
                .statusCode(404);
        given().post("/runs/" + interrupted + "/rerun").then().statusCode(404);
        given().cookie(CurrentLearner.COOKIE, learner)
                .post("/runs/" + UUID.randomUUID() + "/rerun")
                .then()
                .statusCode(404);

        Response again =
                given().cookie(CurrentLearner.COOKIE, learner)
                        .post("/runs/" + interrupted + "/rerun");
        assertEquals(201, again.statusCode(), again.asString());
        String rerun = runId(again);
        assertNotEquals(interrupted, rerun);
        assertTrue(again.asString().contains("data-epochs=\"1\""), again.asString());
        RunSummary fresh = runs.summary(rerun).orElseThrow();
        assertEquals(old.config(), fresh.config(), "the same configuration");
        assertEquals(learner, fresh.learnerId());
        awaitEnd(rerun);
        assertEquals(RunState.FINISHED, runs.summary(rerun).orElseThrow().state());
        assertNotNull(
                runs.summary(interrupted).orElseThrow(),
                "the interrupted run stays in the history");
    }
}
