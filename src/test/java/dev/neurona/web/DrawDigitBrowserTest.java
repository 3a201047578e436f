package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lesson 1.5's "draw a digit" in a real browser: train a small run, draw a 1, read the model's answer. */
@QuarkusTest
class DrawDigitBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator drawDigit() {
        return page.locator(".run .draw-digit");
    }

    /** A stroke with the mouse from (x0, y0) to (x1, y1), as fractions of the canvas. */
    private void stroke(double x0, double y0, double x1, double y1) {
        Locator canvas = drawDigit().locator(".draw-digit-canvas");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        page.mouse().move(box.x + x0 * box.width, box.y + y0 * box.height);
        page.mouse().down();
        page.mouse()
                .move(
                        box.x + x1 * box.width,
                        box.y + y1 * box.height,
                        new Mouse.MoveOptions().setSteps(24));
        page.mouse().up();
    }

    private void waitForState(String state) {
        page.waitForFunction(
                "s => document.querySelector('.run .draw-digit').getAttribute('data-state') === s",
                state,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
    }

    @Test
    void drawingAOneGetsAPredictionWithTenBars() {
        page.navigate(base + "lessons/1.5");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("32");
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("1");
        page.locator("#form-mnist-1-5 input[name=batch_size]").fill("256");
        page.locator("#form-mnist-1-5 input[name=validation_split]").fill("0");
        page.locator("#form-mnist-1-5 .train-button").click();
        drawDigit().waitFor(new Locator.WaitForOptions().setTimeout(240_000));
        page.waitForFunction(
                "() => document.querySelector('.run .draw-digit').hasAttribute('data-ready')");

        Locator section = drawDigit();
        assertEquals("empty", section.getAttribute("data-state"));
        assertTrue(
                section.locator("h4").innerText().contains("dibuja una cifra"),
                section.locator("h4").innerText());
        BoundingBox box = section.locator(".draw-digit-canvas").boundingBox();
        assertEquals(280, box.width, 1, "280 CSS px wide");
        assertEquals(box.width, box.height, 1, "square");
        assertEquals(10, section.locator(".draw-digit-bars li").count());
        assertEquals("polite", section.locator(".draw-digit-output").getAttribute("aria-live"));

        // a keyboard user reaching the canvas is told that drawing needs a pointer
        Locator note = section.locator(".draw-digit-keyboard");
        assertTrue(note.boundingBox().width <= 1, "the note stays out of sight for pointer users");
        page.locator(".run a.download").focus();
        // the result's scrollable tables are stops on the way too; a few Tabs reach the canvas
        for (int tab = 0;
                tab < 6
                        && !Boolean.TRUE.equals(
                                page.evaluate(
                                        "document.activeElement.classList.contains('draw-digit-canvas')"));
                tab++) {
            page.keyboard().press("Tab");
        }
        assertEquals(
                true,
                page.evaluate("document.activeElement.classList.contains('draw-digit-canvas')"));
        assertTrue(note.boundingBox().width > 100, "the note shows on keyboard focus");
        assertTrue(note.innerText().contains("ratón"), note.innerText());
        screenshot(section.locator(".draw-digit-pad"), "draw-digit-keyboard-note");
        page.keyboard().press("Shift+Tab");

        // a "1": one vertical stroke down the middle
        stroke(0.5, 0.15, 0.5, 0.85);
        waitForState("done");
        String digit = section.locator(".draw-digit-digit").innerText().trim();
        assertTrue(digit.matches("[0-9]"), "a digit is shown: " + digit);
        assertEquals(digit, section.getAttribute("data-predicted"));
        assertEquals(10, section.locator(".draw-digit-bars li").count());
        assertEquals(1, section.locator(".draw-digit-bars li.is-top").count());
        assertEquals(
                digit, section.locator(".draw-digit-bars li.is-top").getAttribute("data-digit"));
        List<?> percents =
                (List<?>)
                        page.evaluate(
                                "() => Array.from(document.querySelectorAll('.run .draw-digit-pct')).map(e => e.textContent)");
        assertEquals(10, percents.size());
        percents.forEach(
                p -> assertTrue(String.valueOf(p).contains("%"), "a percentage: " + percents));
        String sentence = section.locator(".draw-digit-message").textContent();
        assertTrue(sentence.contains("La red cree que es un " + digit), sentence);
        assertTrue(section.locator(".draw-digit-confidence").innerText().contains("%"));
        assertTrue(section.locator(".draw-digit-error").isHidden());
        System.out.println("[draw-digit] a vertical stroke was read as " + digit + " " + percents);

        // what the network saw: the stroke scaled to 20 px high, centred in 28×28
        @SuppressWarnings("unchecked")
        Map<String, Object> seen =
                (Map<String, Object>)
                        page.evaluate(
                                "() => {"
                                        + " const c = document.querySelector('.run .draw-digit-input').getContext('2d').getImageData(0, 0, 28, 28).data;"
                                        + " let top = 28, bottom = -1, left = 28, right = -1;"
                                        + " for (let i = 0; i < 784; i++) if (c[4 * i] > 25) { const x = i % 28, y = (i / 28) | 0;"
                                        + "   top = Math.min(top, y); bottom = Math.max(bottom, y); left = Math.min(left, x); right = Math.max(right, x); }"
                                        + " return { height: bottom - top + 1, width: right - left + 1, top: top, left: left }; }");
        int height = ((Number) seen.get("height")).intValue();
        int width = ((Number) seen.get("width")).intValue();
        assertTrue(height >= 19 && height <= 20, "the ink is scaled to 20 px high: " + seen);
        assertTrue(width <= 5, "a 1 stays thin: " + seen);
        assertTrue(((Number) seen.get("top")).intValue() >= 3, "centred vertically: " + seen);
        assertTrue(((Number) seen.get("left")).intValue() >= 10, "centred horizontally: " + seen);
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
        screenshot(section, "draw-digit-light");

        page.locator(".theme-toggle").click();
        assertEquals("dark", page.evaluate("document.documentElement.getAttribute('data-theme')"));
        screenshot(section, "draw-digit-dark");

        // a phone: the canvas shrinks to the screen and stays square
        page.setViewportSize(360, 740);
        awaitRepaint();
        BoundingBox phone = section.locator(".draw-digit-canvas").boundingBox();
        assertTrue(phone.width <= 280 && phone.width >= 200, "canvas on a phone: " + phone.width);
        assertEquals(phone.width, phone.height, 1, "square on a phone");
        assertTrue(
                phone.x >= 0 && phone.x + phone.width <= 360,
                "inside the screen: " + phone.x + " + " + phone.width);
        screenshot(section, "draw-digit-phone-dark");
        page.setViewportSize(1280, 900);
        page.locator(".theme-toggle").click();

        // Borrar empties the pad and the answer
        section.locator(".draw-digit-clear").click();
        assertEquals("empty", section.getAttribute("data-state"));
        assertTrue(section.locator(".draw-digit-prediction").isHidden());
        assertFalse(section.locator(".draw-digit-bars li.is-top").count() > 0);

        // a model that is gone says so, visibly
        page.route(
                "**/runs/*/predictions",
                route ->
                        route.fulfill(
                                new com.microsoft.playwright.Route.FulfillOptions()
                                        .setStatus(404)
                                        .setContentType("application/json")
                                        .setBody("{\"error\":\"run has no saved model\"}")));
        stroke(0.3, 0.3, 0.7, 0.7);
        waitForState("error");
        Locator error = section.locator(".draw-digit-error");
        assertTrue(error.isVisible());
        assertTrue(error.innerText().contains("ya no está disponible"), error.innerText());
        screenshot(section, "draw-digit-error");
    }
}
