package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import dev.neurona.lesson.CourseContent;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The course as a learner first sees it: the map, lesson 1.4 with real data, lesson 1.5's form. */
@QuarkusTest
class LessonPagesBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CourseContent content;

    /** The lesson ids of the syllabus in ../shared/course/COURSE.md. */
    static final List<String> SYLLABUS = List.of(
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13",
            "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
            "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10");

    @Test
    void courseMapListsEveryLessonAndSaysWhichAreNotWritten() {
        page.navigate(base.toString());
        assertEquals(3, page.locator(".module").count());
        List<String> ids = page.locator(".lesson-item .lesson-id").allInnerTexts();
        assertTrue(ids.containsAll(SYLLABUS), "every lesson of the syllabus is listed: " + ids);
        long unwritten = content.catalog().lessons().stream().filter(l -> !l.isWritten()).count();
        assertEquals(unwritten, page.locator(".lesson-item.pending").count());
        assertEquals(unwritten, page.locator(".lesson-item .pending-badge").count());
        assertTrue(page.locator(".lesson-item:not(.pending)").allTextContents().stream().anyMatch(t -> t.contains("Tu primera red neuronal")));
        screenshot("course-map");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void lesson14ShowsRealShapesDigitsAndTheModelSummary() {
        page.navigate(base + "lessons/1.4");
        page.waitForFunction("() => document.querySelectorAll('.math').length > 0 && document.querySelectorAll('.math:not([data-rendered])').length === 0");
        assertTrue(page.locator(".katex").count() > 0, "KaTeX rendered the math");
        assertFalse(page.locator(".prose").innerText().contains("$$"), "no raw $$ left");
        assertTrue(page.locator(".mnist-shapes").innerText().contains("(60000, 28, 28)"));
        assertTrue(page.locator(".mnist-shapes").innerText().contains("(10000, 28, 28)"));
        assertEquals(24, page.locator(".digit-grid img").count());
        assertEquals("5", page.locator(".digit-grid .digit-label").first().innerText());
        page.waitForFunction("() => Array.from(document.querySelectorAll('.digit-grid img')).every(i => i.complete && i.naturalWidth === 28)");
        assertEquals("407,050", page.locator(".model-summary .total-parameters").innerText());
        assertTrue(page.locator(".model-summary").innerText().contains("401,920 + 5,130 = 407,050"));
        assertTrue(page.locator(".code-pair").count() > 0, "Keras and Java side by side");
        assertTrue(page.locator(".hljs").count() > 0, "code highlighted");
        assertEquals("/lessons/1.5", page.locator(".pager .next").getAttribute("href"));
        screenshot("lesson-1.4");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void lesson15CarriesTheExerciseFormWithTheLessonDefaults() {
        page.navigate(base + "lessons/1.5");
        assertEquals("512", page.locator("#form-mnist-1-5 input[name=hidden_units]").first().inputValue());
        assertEquals("relu", page.locator("#form-mnist-1-5 select[name=hidden_activation]").first().inputValue());
        assertEquals("rmsprop", page.locator("#form-mnist-1-5 select[name=optimizer]").inputValue());
        assertEquals("128", page.locator("#form-mnist-1-5 input[name=batch_size]").inputValue());
        assertTrue(page.locator("#exercise-mnist-1-5 .live-summary").innerText().contains("407,050"));
        page.locator("#exercise-mnist-1-5 .add-layer").click();
        assertEquals(2, page.locator("#exercise-mnist-1-5 .layer-row").count());
        page.waitForFunction("() => document.querySelector('.live-summary').innerText.includes('435,402')");
        page.locator("#exercise-mnist-1-5 .layer-row .remove-layer").nth(1).click();
        assertEquals(1, page.locator("#exercise-mnist-1-5 .layer-row").count());
        page.locator("#exercise-mnist-1-5 .code-view summary").click();
        page.locator("#exercise-mnist-1-5 .code-view code.language-python").waitFor();
        assertTrue(page.locator("#exercise-mnist-1-5 .code-view code.language-python").innerText().contains("layers.Dense(512, activation=\"relu\")"));
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("128");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().dispatchEvent("change");
        page.waitForFunction("() => document.querySelector('.code-view code.language-java') && document.querySelector('.code-view code.language-java').innerText.includes('.nOut(128)')");
        screenshot(page.locator("#exercise-mnist-1-5 .code-view"), "exercise-code-view");
        screenshot("lesson-1.5");
        screenshot(page.locator("#exercise-mnist-1-5"), "exercise-form");
        page.setViewportSize(390, 844);
        screenshot(page.locator("#exercise-mnist-1-5"), "exercise-form-phone");
        viewportScreenshot("lesson-1.5-phone-top");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void darkThemeAndEnglishAreOneClickAway() {
        page.navigate(base + "lessons/1.4");
        page.locator(".theme-toggle").click();
        page.navigate(base + "lessons/1.4");
        String theme = (String) page.evaluate("document.documentElement.getAttribute('data-theme')");
        assertTrue("dark".equals(theme) || "light".equals(theme));
        viewportScreenshot("lesson-1.4-top-" + theme);
        screenshot(page.locator(".model-summary"), "model-summary-" + theme);
        screenshot(page.locator(".mnist-samples"), "mnist-samples-" + theme);
        page.locator(".topnav a[hreflang=en]").click();
        assertTrue(page.locator(".topnav").innerText().contains("Español"));
        assertTrue(page.locator(".pager").innerText().contains("Next"));
    }

    @Test
    void aSharedLinkReproducesTheConfiguration() {
        page.navigate(base + "lessons/1.5?hidden=64%20tanh,%2032%20relu&epochs=3&optimizer=adam&seed=7");
        assertEquals(2, page.locator("#exercise-mnist-1-5 .layer-row").count());
        assertEquals("64", page.locator("#form-mnist-1-5 input[name=hidden_units]").first().inputValue());
        assertEquals("tanh", page.locator("#form-mnist-1-5 select[name=hidden_activation]").first().inputValue());
        assertEquals("3", page.locator("#form-mnist-1-5 input[name=epochs]").inputValue());
        assertEquals("adam", page.locator("#form-mnist-1-5 select[name=optimizer]").inputValue());
        String href = page.locator("#exercise-mnist-1-5 .share-link").getAttribute("href");
        assertTrue(href.contains("hidden=64+tanh%2C+32+relu") && href.contains("epochs=3") && href.contains("seed=7"), href);
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("4");
        page.locator("#form-mnist-1-5 input[name=epochs]").dispatchEvent("change");
        assertTrue(page.locator("#exercise-mnist-1-5 .share-link").getAttribute("href").contains("epochs=4"));

        page.navigate(base + "lessons/1.5?epochs=cero");
        assertTrue(page.locator("#exercise-mnist-1-5 .field-error[data-field=epochs]").innerText().contains("cero"), "a bad shared value is shown beside its field");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
