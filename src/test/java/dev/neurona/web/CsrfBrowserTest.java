package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** What a learner sees when the page's token is gone (cookies cleared in another tab), and that trying again works. */
@QuarkusTest
class CsrfBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aLostTokenIsExplainedAndTheNextAttemptGoesThrough() {
        page.navigate(base + "lessons/1.5");
        Locator form = page.locator("#form-mnist-1-5");
        form.locator("input[name=hidden_units]").first().fill("16");
        form.locator("input[name=epochs]").fill("30");
        form.locator("input[name=batch_size]").fill("512");
        // leaving a changed field fires "change", which sends the live parameter count; had that happened
        // on the click, after the cookie is cleared, its refusal would hand out a new token before the
        // form is sent: leave the field now and let those requests finish first
        form.locator("input[name=batch_size]").press("Tab");
        page.locator("#exercise-mnist-1-5 .goal-box").waitFor();
        awaitHtmxQuiet();
        context.clearCookies(new BrowserContext.ClearCookiesOptions().setName(CsrfToken.COOKIE));

        form.locator(".train-button").click();
        Locator notice = page.locator("#run-mnist-1-5 .notice.error");
        notice.waitFor();
        assertTrue(notice.innerText().contains("Recarga la página"), notice.innerText());
        assertEquals(0, page.locator(".run").count(), "nothing was queued");
        screenshot(page.locator("#run-mnist-1-5"), "csrf-refused-light");
        page.locator(".theme-toggle").click();
        screenshot(page.locator("#run-mnist-1-5"), "csrf-refused-dark");

        // the refusal handed out a new token: the same page can try again
        form.locator(".train-button").click();
        page.locator("#run-mnist-1-5 .run").waitFor();
        assertEquals(0, page.locator("#run-mnist-1-5 .notice.error").count());
        page.locator(".run .stop-button").click();
        page.locator(".run .state-cancelled").waitFor();
        // the browser and htmx log the refused requests (the form's and its live parameter count's); nothing else may have gone wrong
        assertTrue(consoleErrors.stream().allMatch(e -> e.contains("403") || e.startsWith("[object HTML")), consoleErrors.toString());
    }
}
