package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Representative pages under the real Content-Security-Policy, used as a learner would (searching,
 * training, drawing, answering a quiz, running a widget): the browser reports no violation and no
 * console error. Every unsafe request these make also passes the CSRF check.
 */
@QuarkusTest
class ContentSecurityPolicyBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void recordViolations() {
        // installed before any page script runs, on every document the page opens
        page.addInitScript("window.__violations = [];"
                + " document.addEventListener('securitypolicyviolation', e => window.__violations.push("
                + "   e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));");
    }

    private void open(String path) {
        Response response = page.navigate(base + path);
        assertEquals(200, response.status(), path);
        assertTrue(response.headerValue("content-security-policy").contains("script-src 'self'"), path);
    }

    /** Nothing was blocked on the current page and nothing went wrong in its scripts. */
    private void assertClean(String where) {
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("() => window.__violations");
        assertEquals(List.of(), violations, where);
        assertEquals(List.of(), consoleErrors, where);
    }

    @Test
    void theCourseMapSearchAndGlossary() {
        open("");
        page.locator(".search-form input[type=search]").fill("época");
        page.locator("#search-results a").first().waitFor();
        assertClean("course map");
        open("glossary");
        page.locator(".theme-toggle").click();
        assertClean("glossary");

        // the policy is enforced and a violation would be seen: an injected inline script is blocked and reported
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true';"
                + " document.head.appendChild(s); }");
        page.waitForFunction("() => window.__violations.length > 0");
        assertEquals(null, page.evaluate("() => window.__ran"));
        assertTrue(page.evaluate("() => window.__violations[0]").toString().startsWith("script-src"), consoleErrors.toString());
    }

    @Test
    void lesson15TrainsARunAndItsModelReadsADrawnDigit() {
        open("lessons/1.5");
        Locator form = page.locator("#form-mnist-1-5");
        form.locator("input[name=hidden_units]").first().fill("32");
        form.locator("input[name=epochs]").fill("1");
        form.locator("input[name=batch_size]").fill("256");
        form.locator("input[name=validation_split]").fill("0");
        form.locator("details.code-view summary").click();
        page.locator("#form-mnist-1-5 .code-body pre").first().waitFor();
        form.locator(".train-button").click();
        Locator draw = page.locator(".run .draw-digit");
        draw.waitFor(new Locator.WaitForOptions().setTimeout(240_000));
        page.waitForFunction("() => document.querySelector('.run .draw-digit').hasAttribute('data-ready')");
        assertTrue(page.locator(".confusion-table tbody td").count() > 0, "the result and its matrix are drawn");

        Locator canvas = draw.locator(".draw-digit-canvas");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height * 0.15);
        page.mouse().down();
        page.mouse().move(box.x + box.width / 2, box.y + box.height * 0.85, new Mouse.MoveOptions().setSteps(20));
        page.mouse().up();
        page.waitForFunction("() => document.querySelector('.run .draw-digit').getAttribute('data-state') === 'done'", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        screenshot(page.locator("#exercise-mnist-1-5"), "csp-lesson-1-5");
        assertClean("lesson 1.5");
    }

    @Test
    void thePlaygroundStreamsItsDecisionMap() {
        open("lessons/1.12");
        page.locator("#form-playground-1-12 .train-button").click();
        page.waitForFunction("() => Number(document.querySelector('.run') && document.querySelector('.run').getAttribute('data-grids')) > 0",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        page.locator(".run .test-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertClean("lesson 1.12");
    }

    @Test
    void widgetsAndAQuiz() {
        open("lessons/1.6");
        page.locator("[data-widget=neuron]").first().scrollIntoViewIfNeeded();
        assertClean("lesson 1.6");

        open("lessons/2.5");
        page.waitForSelector("[data-widget=\"scratch\"][data-ready]");
        Locator scratch = page.locator("[data-widget=\"scratch\"]");
        scratch.locator("[data-role=run]").click();
        page.waitForFunction("() => Number(document.querySelector('[data-widget=\"scratch\"]').getAttribute('data-iteration')) >= 100",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        scratch.locator("[data-role=stop]").click();
        assertClean("lesson 2.5");

        open("lessons/1.13");
        Locator quiz = page.locator(".quiz").first();
        quiz.locator("input").first().check();
        quiz.locator("button[type=submit]").click();
        page.locator(".quiz .quiz-score").waitFor();
        assertClean("lesson 1.13");
    }
}
