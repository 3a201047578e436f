package dev.neurona.web;

import static dev.neurona.support.Csrf.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Glossary;
import dev.neurona.lesson.Quiz;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The course map remembers a learner: lessons visited, the last one, quiz best scores; search and glossary. */
@QuarkusTest
class ProgressAndSearchTest {

    @Inject
    CourseContent content;

    private static RequestSpecification as(String learner) {
        return given().cookie("neurona_learner", learner);
    }

    @Test
    void theMapShowsVisitsTheLastLessonAndTheBestQuizScore() {
        String learner = UUID.randomUUID().toString();
        String fresh = as(learner).get("/").then().statusCode(200).extract().asString();
        assertTrue(fresh.contains("Empieza por la lección 1.1"), "a new learner is invited to start");
        assertFalse(fresh.contains("mark visited"));

        as(learner).get("/lessons/1.4").then().statusCode(200);
        as(learner).get("/lessons/1.6").then().statusCode(200);
        Quiz quiz = content.quiz("quiz-modulo-1").orElseThrow();
        var post = as(learner).contentType("application/x-www-form-urlencoded");
        for (int o = 0; o < quiz.questions().get(0).options().size(); o++) {
            if (quiz.questions().get(0).options().get(o).correct()) {
                post = post.formParam("q0", Integer.toString(o));
            }
        }
        String scored = post.post("/quizzes/quiz-modulo-1").then().statusCode(200).extract().asString();
        assertTrue(scored.contains("Has acertado 1 de " + quiz.questions().size()), scored);

        String map = as(learner).get("/").then().statusCode(200).extract().asString();
        assertTrue(map.contains("Continúa donde lo dejaste: 1.6"), "the last lesson opened");
        assertEquals(2, map.split("mark visited", -1).length - 1, "1.4 and 1.6 marked visited");
        assertTrue(map.contains("Quiz 1/" + quiz.questions().size()), "best quiz score on the map");

        String other = as(UUID.randomUUID().toString()).get("/").then().extract().asString();
        assertFalse(other.contains("mark visited"), "progress is per learner");
    }

    @Test
    void anUnknownQuizIs404AndMalformedAnswersAreIgnored() {
        given().contentType("application/x-www-form-urlencoded").formParam("q0", "0").post("/quizzes/nope").then().statusCode(404);
        String html = given().contentType("application/x-www-form-urlencoded").formParam("q0", "abc").formParam("q999", "1")
                .formParam("x", "y").post("/quizzes/quiz-modulo-1").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Has acertado 0 de"), html);
    }

    @Test
    void searchFindsLessonsIgnoringAccents() {
        String fragment = given().header("HX-Request", "true").queryParam("q", "epoca").get("/search")
                .then().statusCode(200).extract().asString();
        assertTrue(fragment.contains("href=\"/lessons/1.5\""), fragment);
        assertFalse(fragment.contains("<html"), "htmx gets a fragment");
        String page = given().queryParam("q", "zzzyyyxxx").get("/search").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<html") && page.contains("Ninguna lección habla de «zzzyyyxxx»."), page);
    }

    @Test
    void theGlossaryListsEveryTermAndLessonsLinkToIt() {
        Glossary glossary = content.catalog().glossary();
        assertTrue(glossary.terms().size() >= 40);
        String html = given().get("/glossary").then().statusCode(200).extract().asString();
        for (Glossary.Term term : glossary.terms()) {
            assertTrue(html.contains("id=\"" + term.id() + "\""), term.id());
        }
        String lesson = given().get("/lessons/1.5").then().statusCode(200).extract().asString();
        assertTrue(lesson.contains("class=\"term\""), "glossary terms linked in the lesson");
        assertTrue(lesson.contains("href=\"/glossary#"), "links point at the glossary");
    }
}
