package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An exercise's goal box ({@code /exercises/{id}/goal}) and lesson 3.5's overlay of finished runs
 * ({@code /exercises/{id}/compare}) over HTTP: what the browser tests see in the page, without a browser.
 */
@QuarkusTest
class GoalAndCompareResourceTest {

    static final Pattern GOAL_MET = Pattern.compile("data-goal-met=\"(true|false)\"");
    static final Pattern COMPARE_PICK = Pattern.compile("<label class=\"compare-pick\">");
    static final Pattern RUNS_JSON = Pattern.compile("data-runs=\"([^\"]*)\"");

    @TestHTTPResource("/")
    URL base;

    private static String goal(String exercise, String learner) {
        return given().cookie(CurrentLearner.COOKIE, learner).get("/exercises/" + exercise + "/goal")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/html")).extract().asString();
    }

    private static String compare(String exercise, String learner) {
        return given().cookie(CurrentLearner.COOKIE, learner).get("/exercises/" + exercise + "/compare")
                .then().statusCode(200).extract().asString();
    }

    private static String goalMet(String box) {
        Matcher m = GOAL_MET.matcher(box);
        assertTrue(m.find(), box);
        return m.group(1);
    }

    @Test
    void theGoalBoxNamesTheGoalThenTheLatestValueThenThatItWasMet() throws Exception {
        String learner = UUID.randomUUID().toString();
        String fresh = goal("mnist-1-5", learner);
        assertTrue(fresh.contains("test_accuracy ≥ 0.97"), fresh);
        assertEquals("false", goalMet(fresh));
        assertFalse(fresh.contains("is-met"), fresh);
        assertTrue(fresh.contains("El servidor lo comprueba"), "not tried yet: how it is checked; " + fresh);

        // one epoch of 16 units falls short: the box gives the latest value of what is missing
        String small = ExerciseRuns.startRun(ExerciseRuns.RUNS, learner, Form.small());
        assertTrue(ExerciseRuns.awaitDone(base, small, learner).contains("finished"));
        String notYet = goal("mnist-1-5", learner);
        assertEquals("false", goalMet(notYet));
        assertTrue(notYet.contains("Aún no. Tu último entrenamiento se queda en"), notYet);
        assertTrue(Pattern.compile("<code>test_accuracy = 0\\.[0-9]+</code>").matcher(notYet).find(), notYet);

        // a run that reaches the goal: met, checked on the server
        String good = ExerciseRuns.startRun(ExerciseRuns.RUNS, learner,
                Form.small().set("hidden_units", "256").set("epochs", "3").set("batch_size", "128"));
        assertTrue(ExerciseRuns.awaitDone(base, good, learner).contains("finished"));
        String met = goal("mnist-1-5", learner);
        assertEquals("true", goalMet(met), met);
        assertTrue(met.contains("class=\"goal-box is-met\""), met);
        assertTrue(met.contains("test_accuracy ≥ 0.97"), met);

        assertEquals("false", goalMet(goal("mnist-1-5", UUID.randomUUID().toString())), "another learner's goal is their own");
    }

    @Test
    void anExerciseWithoutAGoalHasNoBox() {
        given().get("/exercises/imdb-3-3/goal").then().statusCode(204);
    }

    @Test
    void theComparisonOverlaysTheLearnersFinishedRunsOfTheExercise() throws Exception {
        String learner = UUID.randomUUID().toString();
        String empty = compare("imdb-3-5", learner);
        assertTrue(empty.contains("Comparar tus entrenamientos (val_loss)"), empty);
        assertTrue(empty.contains("Cuando termines al menos un entrenamiento"), empty);
        assertFalse(empty.contains("compare-chart"), "nothing to overlay yet: " + empty);

        // lesson 3.5's variant (c): 4-4-1 with dropout 0.5, two epochs
        Form variantC = new Form().set("hidden_layers_present", "1").layers(2, "4", "relu")
                .set("optimizer", "rmsprop").set("learning_rate", "0.001").set("epochs", "2").set("batch_size", "512")
                .set("seed", "42").set("dropout", "0.5").set("l2", "0").set("l1", "0");
        String run = ExerciseRuns.startRun("/exercises/imdb-3-5/runs", learner, variantC);
        assertTrue(ExerciseRuns.awaitDone(base, run, learner).contains("finished"));

        String overlay = compare("imdb-3-5", learner);
        assertTrue(overlay.contains("class=\"chart compare-chart\""), overlay);
        assertTrue(overlay.contains("data-series=\"val_loss\""), overlay);
        assertEquals(1, COMPARE_PICK.matcher(overlay).results().count(), overlay);
        String pick = overlay.substring(overlay.indexOf("<label class=\"compare-pick\">"));
        assertTrue(pick.substring(0, pick.indexOf("</label>")).contains("Dropout 0.5"), pick);

        Matcher json = RUNS_JSON.matcher(overlay);
        assertTrue(json.find(), overlay);
        JsonNode runs = new ObjectMapper().readTree(json.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
        assertEquals(1, runs.size(), runs.toString());
        assertEquals(run, runs.get(0).get("id").asText());
        assertEquals(2, runs.get(0).get("values").size(), "one val_loss per epoch: " + runs);

        assertFalse(compare("imdb-3-5", UUID.randomUUID().toString()).contains("compare-chart"), "only the learner's own runs");
    }

    @Test
    void anExerciseWithoutAComparedSeriesHasNoComparison() {
        given().get("/exercises/mnist-1-5/compare").then().statusCode(404);
    }
}
