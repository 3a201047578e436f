package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Lesson;
import dev.neurona.lesson.Quiz;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Every lesson as a learner reads it: loads, no console errors, math rendered, quizzes scored on the server. */
@QuarkusTest
class CourseTourBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CourseContent content;

    @Test
    void everyLessonLoadsCleanlyWithItsMathRendered() {
        for (Lesson lesson : content.catalog().lessons()) {
            consoleErrors.clear();
            Response response = page.navigate(base + "lessons/" + lesson.id());
            assertEquals(200, response.status(), lesson.id());
            page.waitForFunction("() => document.querySelectorAll('.math:not([data-rendered])').length === 0");
            String prose = lesson.isWritten() ? page.locator(".prose").innerText() : "";
            assertFalse(prose.contains("$$"), lesson.id() + " has raw $$ left");
            assertEquals(0, page.locator(".katex-error").count(), lesson.id() + " has a KaTeX error");
            page.waitForFunction("() => Array.from(document.images).every(i => i.complete)");
            assertEquals(0, (int) page.evaluate("Array.from(document.images).filter(i => i.naturalWidth === 0).length"),
                    lesson.id() + " has a broken image");
            screenshot("lessons/lesson-" + lesson.id());
            assertTrue(consoleErrors.isEmpty(), lesson.id() + ": " + consoleErrors);
        }
    }

    @Test
    void everyQuizScoresItsCorrectAnswersAsFullMarksAndAWrongOneAsAMiss() {
        for (Lesson lesson : content.catalog().lessons()) {
            var quizId = content.quizOf(lesson.id());
            if (quizId.isEmpty()) {
                continue;
            }
            Quiz quiz = content.quiz(quizId.get()).orElseThrow();
            page.navigate(base + "lessons/" + lesson.id());
            Locator section = page.locator("#quiz-" + quiz.id());
            answer(section, quiz, true);
            section.locator("button[type=submit]").click();
            page.locator("#quiz-" + quiz.id() + " .quiz-score").waitFor();
            int total = quiz.questions().size();
            assertTrue(page.locator("#quiz-" + quiz.id() + " .quiz-score").innerText().contains(total + " de " + total), quiz.id());
            assertEquals(total, page.locator("#quiz-" + quiz.id() + " .question.right").count());
            screenshot(page.locator("#quiz-" + quiz.id()), "quiz-" + quiz.id());

            page.locator("#quiz-" + quiz.id() + " button.secondary").click();
            page.waitForFunction("() => !document.querySelector('#quiz-" + quiz.id() + " .quiz-score')");
            answer(page.locator("#quiz-" + quiz.id()), quiz, false);
            page.locator("#quiz-" + quiz.id() + " button[type=submit]").click();
            page.locator("#quiz-" + quiz.id() + " .quiz-score").waitFor();
            assertTrue(page.locator("#quiz-" + quiz.id() + " .quiz-score").innerText().contains((total - 1) + " de " + total), quiz.id());
            assertEquals(1, page.locator("#quiz-" + quiz.id() + " .question.wrong").count());
            assertTrue(page.locator("#quiz-" + quiz.id() + " .best-score").innerText().contains(total + "/" + total), "best score kept");
        }
    }

    /** Ticks the correct options; with {@code allRight} false, the first question gets a wrong one instead. */
    private void answer(Locator section, Quiz quiz, boolean allRight) {
        for (int q = 0; q < quiz.questions().size(); q++) {
            Quiz.Question question = quiz.questions().get(q);
            for (int o = 0; o < question.options().size(); o++) {
                boolean tick = question.options().get(o).correct();
                if (!allRight && q == 0) {
                    tick = !tick;
                }
                if (tick) {
                    section.locator("input[name=q" + q + "][value='" + o + "']").check();
                }
            }
        }
    }
}
