package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A learner reaches only their own runs: everyone else gets the 404 of a run that does not exist. */
@QuarkusTest
class RunAccessTest {

    @TestHTTPResource("/")
    URL base;

    private static Response get(String learner, String path) {
        return given().cookie(CurrentLearner.COOKIE, learner).get(path);
    }

    @Test
    void anotherLearnerGets404OnAFinishedRunsEventsModelAndPanel() throws Exception {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(ExerciseRuns.RUNS, a, Form.small());
        assertTrue(ExerciseRuns.awaitDone(base, runId, a).contains("finished"));

        for (String part : new String[] {"events", "model", "panel"}) {
            Response someoneElse = get(b, "/runs/" + runId + "/" + part);
            assertEquals(404, someoneElse.statusCode(), part + ": " + someoneElse.asString());
            assertEquals(get(b, "/runs/" + UUID.randomUUID() + "/" + part).asString(), someoneElse.asString(),
                    part + ": the same answer as for a run that does not exist");
        }
        assertEquals(404, given().get("/runs/" + runId + "/panel").statusCode(), "nor to a visitor without a cookie");

        assertEquals(200, get(a, "/runs/" + runId + "/model").statusCode());
        assertTrue(get(a, "/runs/" + runId + "/panel").asString().contains(runId));
        Response events = given().cookie(CurrentLearner.COOKIE, a).accept("text/event-stream").get("/runs/" + runId + "/events");
        assertEquals(200, events.statusCode());
        assertTrue(events.asString().contains("event:done") || events.asString().contains("event: done"), events.asString());

        // the lesson page shows B's own exercise, never A's run named in the link
        String lesson = get(b, "/lessons/1.5?run=" + runId).asString();
        assertFalse(lesson.contains(runId), "B's page must not show A's run");
        assertTrue(get(a, "/lessons/1.5?run=" + runId).asString().contains(runId));
    }

    @Test
    void anotherLearnerCannotStopOrWatchARunningRun() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(ExerciseRuns.RUNS, a, Form.small().set("epochs", "50"));
        try {
            assertEquals(404, given().cookie(CurrentLearner.COOKIE, b).post("/runs/" + runId + "/cancel").statusCode());
            assertEquals(404, get(b, "/runs/" + runId + "/events").statusCode());
            assertEquals(404, get(b, "/runs/" + runId + "/panel").statusCode());
        } finally {
            assertEquals(202, given().cookie(CurrentLearner.COOKIE, a).post("/runs/" + runId + "/cancel").statusCode());
        }
    }
}
