package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.Directive;
import dev.neurona.lesson.Lesson;
import dev.neurona.lesson.Quiz;
import dev.neurona.support.AxeAudit;
import dev.neurona.support.BrowserTestSupport;
import dev.neurona.support.Classroom;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every lesson as a learner reads it: loads, no console errors, math rendered, quizzes scored on the server; and every
 * page (lessons, course pages, a class dashboard, each exercise after a run) passes axe-core's WCAG 2.1 A/AA audit in
 * both themes.
 */
@QuarkusTest
class CourseTourBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Inject CourseContent content;

    @Test
    void everyLessonLoadsCleanlyWithItsMathRendered() {
        for (Lesson lesson : content.catalog().lessons()) {
            consoleErrors.clear();
            Response response = page.navigate(base + "lessons/" + lesson.id());
            assertEquals(200, response.status(), lesson.id());
            page.waitForFunction(
                    "() => document.querySelectorAll('.math:not([data-rendered])').length === 0");
            String prose = lesson.isWritten() ? page.locator(".prose").innerText() : "";
            assertFalse(prose.contains("$$"), lesson.id() + " has raw $$ left");
            assertEquals(
                    0, page.locator(".katex-error").count(), lesson.id() + " has a KaTeX error");
            page.waitForFunction("() => Array.from(document.images).every(i => i.complete)");
            assertEquals(
                    0,
                    (int)
                            page.evaluate(
                                    "Array.from(document.images).filter(i => i.naturalWidth === 0).length"),
                    lesson.id() + " has a broken image");
            screenshot("lessons/lesson-" + lesson.id());
            AxeAudit.assertNoViolations(page, "lesson " + lesson.id());
            assertTrue(consoleErrors.isEmpty(), lesson.id() + ": " + consoleErrors);
        }
    }

    @Test
    void theCoursePagesAndAClassDashboardPassTheAccessibilityAudit() {
        for (String path : List.of("", "glossary", "search?q=red", "me", "join", "instructor")) {
            assertEquals(200, page.navigate(base + path).status(), path);
            AxeAudit.assertNoViolations(page, "/" + path);
        }
        page.fill("#instructor-form input[name=password]", Classroom.PASSWORD);
        page.click("#instructor-form button[type=submit]");
        page.waitForURL("**/instructor/classes");
        AxeAudit.assertNoViolations(page, "the instructor's classes");
        page.fill(
                "#class-form input[name=name]",
                "Aula " + UUID.randomUUID().toString().substring(0, 8));
        page.click("#class-form button[type=submit]");
        page.waitForURL("**/instructor/classes/*");
        page.locator("#dash-roster").waitFor();
        String code = page.locator("[data-join-code]").textContent().strip();
        AxeAudit.assertNoViolations(page, "a class dashboard");

        page.navigate(base + "join/" + code);
        page.fill("#join-form input[name=name]", "Ana");
        page.click("#join-form button[type=submit]");
        page.locator("[data-pin]").waitFor();
        AxeAudit.assertNoViolations(page, "a learner who just joined");
        page.navigate(base + "me");
        // the banner is there, empty until the instructor sends a message
        page.locator(".class-banner")
                .waitFor(
                        new com.microsoft.playwright.Locator.WaitForOptions()
                                .setState(
                                        com.microsoft.playwright.options.WaitForSelectorState
                                                .ATTACHED));
        AxeAudit.assertNoViolations(page, "/me in a class, with its banner");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    /**
     * Each exercise trained once, one epoch where the lesson lets the learner choose, then its page with every run's
     * result (charts, tables, maps) audited.
     */
    @Test
    void everyExerciseAfterAFinishedRunPassesTheAccessibilityAudit() {
        for (Lesson lesson : content.catalog().lessons()) {
            List<String> exercises =
                    content.rendered(lesson.id()).orElseThrow().directives().stream()
                            .filter(d -> d.kind() == Directive.Kind.EXERCISE)
                            .map(d -> d.value("id", ""))
                            .toList();
            if (exercises.isEmpty()) {
                continue;
            }
            page.navigate(base + "lessons/" + lesson.id());
            for (String id : exercises) {
                Locator form = page.locator("#form-" + id);
                if (form.count() == 0) {
                    continue; // its dataset is not installed: the page shows the notice, audited
                    // below
                }
                Locator epochs = form.locator("input[name=epochs]");
                if (epochs.count() > 0 && epochs.isEditable()) {
                    epochs.fill("1");
                }
                form.locator(".train-button").click();
                page.locator("#exercise-" + id + " .run-status .state-finished")
                        .waitFor(new Locator.WaitForOptions().setTimeout(240_000));
                page.locator("#exercise-" + id + " .run-result > *").first().waitFor();
            }
            awaitHtmxQuiet();
            AxeAudit.assertNoViolations(
                    page, "lesson " + lesson.id() + " after training " + exercises);
        }
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
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
            assertTrue(
                    page.locator("#quiz-" + quiz.id() + " .quiz-score")
                            .innerText()
                            .contains(total + " de " + total),
                    quiz.id());
            assertEquals(total, page.locator("#quiz-" + quiz.id() + " .question.right").count());
            screenshot(page.locator("#quiz-" + quiz.id()), "quiz-" + quiz.id());

            page.locator("#quiz-" + quiz.id() + " button.secondary").click();
            page.waitForFunction(
                    "() => !document.querySelector('#quiz-" + quiz.id() + " .quiz-score')");
            answer(page.locator("#quiz-" + quiz.id()), quiz, false);
            page.locator("#quiz-" + quiz.id() + " button[type=submit]").click();
            page.locator("#quiz-" + quiz.id() + " .quiz-score").waitFor();
            assertTrue(
                    page.locator("#quiz-" + quiz.id() + " .quiz-score")
                            .innerText()
                            .contains((total - 1) + " de " + total),
                    quiz.id());
            assertEquals(1, page.locator("#quiz-" + quiz.id() + " .question.wrong").count());
            assertTrue(
                    page.locator("#quiz-" + quiz.id() + " .best-score")
                            .innerText()
                            .contains(total + "/" + total),
                    "best score kept");
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
