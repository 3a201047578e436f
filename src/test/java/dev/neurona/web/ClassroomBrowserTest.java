package dev.neurona.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.neurona.support.BrowserTestSupport;
import dev.neurona.support.Classroom;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** An instructor and learners at their own computers: join, the live dashboard, messages, and hostile names shown as text. */
@QuarkusTest
class ClassroomBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL root;

    private String signInAndCreateClass(Page instructor, String className) {
        instructor.navigate(root + "instructor");
        instructor.fill("#instructor-form input[name=password]", Classroom.PASSWORD);
        instructor.click("#instructor-form button[type=submit]");
        instructor.waitForURL("**/instructor/classes");
        instructor.fill("#class-form input[name=name]", className);
        instructor.click("#class-form button[type=submit]");
        instructor.waitForURL("**/instructor/classes/*");
        return instructor.locator("[data-join-code]").textContent().strip();
    }

    private String join(Page learner, String code, String name) {
        learner.navigate(root + "join/" + code);
        assertEquals(code, learner.inputValue("#join-form input[name=code]"), "the QR link fills in the code");
        learner.fill("#join-form input[name=name]", name);
        learner.click("#join-form button[type=submit]");
        String pin = learner.locator("[data-pin]").textContent().strip();
        assertTrue(pin.matches("\\d{6}"), pin);
        return pin;
    }

    @Test
    void learnersJoinAndTheDashboardShowsThemWithHostileNamesAsText() {
        String code = signInAndCreateClass(page, "Aula 3 · martes");
        Page ana = anotherPerson();
        Page script = anotherPerson();
        Page img = anotherPerson();
        join(ana, code, "Ana");
        join(script, code, "<script>alert(2)</script>");
        join(img, code, "\"><img src=x onerror=alert(1)>");
        assertThat(script.locator("h2.joined-title")).containsText("<script>alert(2)</script>");
        assertThat(img.locator("h2.joined-title")).containsText("\"><img src=x onerror=alert(1)>");

        // the dashboard receives the new learners live, over its SSE stream
        assertThat(page.locator("#dash-roster .learner-name")).hasCount(3);
        assertThat(page.locator("#dash-roster")).containsText("\"><img src=x onerror=alert(1)>");
        assertThat(page.locator("#dash-roster")).containsText("<script>alert(2)</script>");
        assertEquals(0, page.locator("#dash-roster img").count(), "no element made of a name");
        assertEquals(0, page.locator("#dash-roster script").count());

        ana.navigate(root + "lessons/1.4");
        page.fill("#broadcast-form input[name=text]", "Abrid la lección 1.5, por favor");
        page.selectOption("#broadcast-form select[name=lesson]", "1.5");
        page.click("#broadcast-form button[type=submit]");
        assertThat(ana.locator(".banner-message")).containsText("Abrid la lección 1.5");
        ana.click(".banner-go");
        ana.waitForURL("**/lessons/1.5");

        assertThat(page.locator("#dash-roster tr[data-learner] .cell-visited").first()).isVisible();
        screenshot(page.locator(".dashboard"), "classroom-dashboard");
        viewportScreenshot(ana, "classroom-learner-banner");
        page.locator(".theme-toggle").click();
        screenshot(page.locator(".dashboard"), "classroom-dashboard-dark");
        Page phone = anotherPerson();
        phone.setViewportSize(390, 844);
        phone.navigate(root + "join/" + code);
        viewportScreenshot(phone, "classroom-join-phone");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    private static void train(Page learner, String epochs) {
        learner.navigate(learner.url().replaceAll("/[^/]*$", "/") + "1.5");
        learner.locator("#form-mnist-1-5 input[name=epochs]").fill(epochs);
        learner.locator("#form-mnist-1-5 .train-button").click();
        learner.locator("#exercise-mnist-1-5 .run .status-text").waitFor();
    }

    @Test
    void theDashboardFollowsTwoRunsTheInstructorStopsOneAndAMetGoalReachesTheCsv() throws Exception {
        String code = signInAndCreateClass(page, "Aula 4 · objetivos");
        Page ana = anotherPerson();
        Page ben = anotherPerson();
        join(ana, code, "Ana");
        join(ben, code, "Ben");
        ana.navigate(root + "lessons/1.5");
        ben.navigate(root + "lessons/1.5");
        assertThat(ana.locator("#exercise-mnist-1-5 .goal-box")).containsText("test_accuracy ≥ 0.97");

        train(ana, "3");
        train(ben, "40");
        // both appear live on the dashboard, with their progress
        assertThat(page.locator("#dash-runs tr[data-run]")).hasCount(2);
        assertThat(page.locator("#dash-runs")).containsText("Ana");
        assertThat(page.locator("#dash-runs")).containsText("Ben");
        screenshot(page.locator(".dash-live"), "classroom-dashboard-runs");

        page.onDialog(dialog -> dialog.accept());
        page.locator("#dash-runs tr:has(th:text-is('Ben')) button.danger").click();
        assertThat(ben.locator("#exercise-mnist-1-5 .run")).containsText("El instructor detuvo este entrenamiento",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        // Ana's run ends with the goal met: her goal box, the grid and the leaderboard say so
        assertThat(ana.locator("#exercise-mnist-1-5 .goal-box.is-met")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(240_000));
        assertThat(page.locator("#dash-roster tr:has(th:text-is('Ana')) .cell-goal")).hasCount(1);
        assertThat(page.locator("#dash-leaderboard")).containsText("Ana");
        assertThat(page.locator("#dash-runs tr[data-run]")).hasCount(0);
        screenshot(page.locator(".dashboard"), "classroom-dashboard-goal");

        com.microsoft.playwright.Download csv = page.waitForDownload(() -> page.locator("a[href$='export.csv']").click());
        String text = java.nio.file.Files.readString(csv.path());
        String anaRow = text.lines().filter(l -> l.startsWith("Ana,")).findFirst().orElseThrow();
        assertTrue(anaRow.contains("mnist-1-5") && anaRow.contains("accuracy=0.9"), anaRow);
        ana.navigate(root + "me");
        assertThat(ana.locator(".me-page .lead")).containsText("Aula 4 · objetivos");
        assertThat(ana.locator(".me-page .history-table tbody tr")).hasCount(1);
        assertThat(ana.locator(".me-page .history-table")).containsText("objetivo cumplido");
        viewportScreenshot(ana, "classroom-me");
        ana.locator(".me-page .history-table a").first().click();
        ana.waitForURL("**/lessons/1.5?run=**");
        assertThat(ana.locator("#exercise-mnist-1-5 .run .test-accuracy")).isVisible();
        String benRow = text.lines().filter(l -> l.startsWith("Ben,")).findFirst().orElseThrow();
        assertTrue(!benRow.contains("accuracy="), "a stopped run has no result: " + benRow);
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
