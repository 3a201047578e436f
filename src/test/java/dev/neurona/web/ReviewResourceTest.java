package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.ExerciseRuns;
import dev.neurona.support.Form;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lesson 3.3's "type a review": a real IMDB run's model scores reviews; wrong input or runs get a message, never a 500. */
@QuarkusTest
class ReviewResourceTest {

    static final String RUNS = "/exercises/imdb-3-3-final/runs";
    static final Pattern PROBABILITY = Pattern.compile("--p:([0-9.]+)");
    static final String POSITIVE = "A wonderful, brilliant film. The acting is excellent and the story is beautiful. "
            + "I loved it: a perfect masterpiece, one of the best movies I have ever seen. Highly recommended.";
    static final String NEGATIVE = "An awful, boring film. The acting is terrible and the plot is stupid. "
            + "I hated it: a complete waste of time, one of the worst movies I have ever seen. Avoid it.";

    /** The learner of the trained run: only they may ask its model. */
    private static final String LEARNER = UUID.randomUUID().toString();

    /** One IMDB run trained for the whole class: the lesson's 16-16 network for 2 epochs instead of 4. */
    private static String trainedRun;

    @TestHTTPResource("/")
    URL base;

    @Inject
    @Location("review-box.html")
    Template box;

    private synchronized String trainedRun() throws Exception {
        if (trainedRun == null) {
            String id = ExerciseRuns.startRun(RUNS, LEARNER, imdbForm("2"));
            String done = ExerciseRuns.awaitDone(base, id, LEARNER);
            assertTrue(done.contains("finished"), "the run must finish: " + done);
            trainedRun = id;
        }
        return trainedRun;
    }

    private static Form imdbForm(String epochs) {
        return new Form().set("hidden_layers_present", "1").layers(2, "16", "relu")
                .set("optimizer", "rmsprop").set("learning_rate", "0.001").set("epochs", epochs)
                .set("batch_size", "512").set("seed", "42");
    }

    private static Response review(String runId, String text) {
        return review(runId, text, LEARNER);
    }

    private static Response review(String runId, String text, String learner) {
        return given().cookie(CurrentLearner.COOKIE, learner).contentType(ContentType.URLENC).formParam("text", text).post("/runs/" + runId + "/review");
    }

    private static double probability(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        Matcher p = PROBABILITY.matcher(response.asString());
        assertTrue(p.find(), response.asString());
        double probability = Double.parseDouble(p.group(1));
        assertTrue(probability >= 0 && probability <= 1, response.asString());
        return probability;
    }

    private static void assertRefused(Response response, int status, String message) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        String html = response.asString();
        assertTrue(html.contains("class=\"field-error review-box-error\" data-field=\"text\""), html);
        assertTrue(html.contains(message), html);
    }

    @Test
    void aClearlyPositiveReviewScoresHigherThanAClearlyNegativeOne() throws Exception {
        String runId = trainedRun();
        Response positive = review(runId, POSITIVE);
        Response negative = review(runId, NEGATIVE);
        double p = probability(positive);
        double n = probability(negative);
        assertTrue(p > n, "positive " + p + " vs negative " + n);
        assertTrue(positive.asString().contains("is-positive") && positive.asString().contains("Positiva"), positive.asString());
        assertTrue(negative.asString().contains("is-negative") && negative.asString().contains("Negativa"), negative.asString());
        assertTrue(positive.asString().contains("role=\"meter\""), positive.asString());
        assertEquals(p, probability(review(runId, POSITIVE)), "the same review gets the same score");
    }

    @Test
    void knownWordsAreMarkedAndWordsOutsideTheIndexAreNot() throws Exception {
        String html = review(trainedRun(), "The film was great, GREAT! Zyxwvutq.").asString();
        assertTrue(html.contains("<mark class=\"review-word-known\">great</mark>"), html);
        assertTrue(html.contains("<s class=\"review-word-unknown\">zyxwvutq</s>"), html);
        // the, film, was, great are among IMDB's 10,000 most frequent words; the made-up word is not
        assertTrue(html.contains("columna): 4."), html);
        assertTrue(html.contains("ve): 1."), html);
    }

    @Test
    void englishLearnersGetEnglish() throws Exception {
        String html = review(trainedRun(), POSITIVE).asString();
        String english = given().cookie(CurrentLearner.COOKIE, LEARNER).cookie(Ui.LANGUAGE_COOKIE, "en").contentType(ContentType.URLENC).formParam("text", POSITIVE)
                .post("/runs/" + trainedRun() + "/review").asString();
        assertTrue(html.contains("Lo que ve la red"), html);
        assertTrue(english.contains("What the network sees") && english.contains("Distinct words in the index"), english);
        Response empty = given().cookie(CurrentLearner.COOKIE, LEARNER).cookie(Ui.LANGUAGE_COOKIE, "en").contentType(ContentType.URLENC).formParam("text", "")
                .post("/runs/" + trainedRun() + "/review");
        assertRefused(empty, 422, "Write a review");
    }

    @Test
    void anEmptyOrTooLongReviewIs422WithAMessage() throws Exception {
        String runId = trainedRun();
        assertRefused(review(runId, ""), 422, "Escribe una reseña");
        assertRefused(review(runId, "   \n "), 422, "Escribe una reseña");
        assertRefused(review(runId, "10/10 !!!"), 422, "Escribe una reseña");
        assertRefused(given().cookie(CurrentLearner.COOKIE, LEARNER).contentType(ContentType.URLENC).formParam("other", "x").post("/runs/" + runId + "/review"),
                422, "Escribe una reseña");
        assertRefused(review(runId, "good ".repeat(1000) + "x"), 422, "5001 caracteres y el máximo es 5000");
        probability(review(runId, "good ".repeat(1000)));
        // 5,000 characters of any alphabet are accepted however many bytes they take
        probability(review(runId, "映画 ".repeat(1666) + "ok"));
    }

    @Test
    void anUnknownRunIs404() {
        assertRefused(review(UUID.randomUUID().toString(), POSITIVE), 404, "no existe");
        assertRefused(review("not-a-run", POSITIVE), 404, "no existe");
        assertRefused(review(UUID.randomUUID().toString(), ""), 404, "no existe");
    }

    @Test
    void anotherLearnersRunIs404LikeARunThatDoesNotExist() throws Exception {
        String runId = trainedRun();
        Response someoneElse = review(runId, POSITIVE, UUID.randomUUID().toString());
        assertRefused(someoneElse, 404, "no existe");
        assertEquals(review(UUID.randomUUID().toString(), POSITIVE).asString(), someoneElse.asString(), "the same answer as for no run");
    }

    @Test
    void aDigitRunIs409() {
        String owner = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(ExerciseRuns.RUNS, owner, Form.small().set("epochs", "50"));
        try {
            assertRefused(review(runId, POSITIVE, owner), 409, "no es de reseñas IMDB");
        } finally {
            given().cookie(CurrentLearner.COOKIE, owner).post("/runs/" + runId + "/cancel");
        }
    }

    @Test
    void anUnfinishedRunIs409AndAStoppedOneIs404() throws Exception {
        String owner = UUID.randomUUID().toString();
        String runId = ExerciseRuns.startRun(RUNS, owner, imdbForm("20"));
        assertRefused(review(runId, POSITIVE, owner), 409, "aún no ha terminado");
        given().cookie(CurrentLearner.COOKIE, owner).post("/runs/" + runId + "/cancel").then().statusCode(202);
        assertTrue(ExerciseRuns.awaitDone(base, runId, owner).contains("cancelled"));
        assertRefused(review(runId, POSITIVE, owner), 404, "no tiene modelo guardado");
    }

    @Test
    void theBoxPostsTheReviewOfItsRun() {
        String runId = UUID.randomUUID().toString();
        String html = box.data("runId", runId).setAttribute("locale", Locale.forLanguageTag("es")).render();
        assertTrue(html.contains("hx-post=\"/runs/" + runId + "/review\""), html);
        assertTrue(html.contains("name=\"text\"") && html.contains("maxlength=\"5000\""), html);
        assertTrue(html.contains("Puntuar reseña"), html);
        assertTrue(html.contains("/css/review-box.css"), html);
        assertFalse(html.contains("{"), "no unrendered expression: " + html);
    }
}
