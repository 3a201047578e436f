package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.neurona.support.BrowserTestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The playground's decision map ({@code web/js/decision-map.js}) on a static fixture, no server:
 * the colours where the network is sure of each class, HiDPI sharpness, a stable layout, both themes.
 */
class DecisionMapBrowserTest extends BrowserTestSupport {

    private static final String FIXTURE = Path.of("src/test/resources/web/decision-map-demo.html").toAbsolutePath().toUri().toString();

    private static void open(Page target) {
        target.navigate(FIXTURE);
        target.waitForFunction("() => document.documentElement.hasAttribute('data-ready')");
    }

    /** The canvas pixel [r, g, b] at plane point (x1, x2). */
    @SuppressWarnings("unchecked")
    private static List<Number> pixel(Page target, double x1, double x2) {
        return (List<Number>) target.evaluate("([x1, x2]) => { const at = map.toCanvas(x1, x2);"
                + " const d = map.canvas.getContext('2d').getImageData(Math.round(at.x), Math.round(at.y), 1, 1).data;"
                + " return [d[0], d[1], d[2]]; }", List.of(x1, x2));
    }

    @SuppressWarnings("unchecked")
    private static List<Number> expected(Page target, double p) {
        return (List<Number>) target.evaluate("p => map.colorAt(p)", p);
    }

    private static void assertColor(List<Number> expected, List<Number> actual, String where) {
        for (int k = 0; k < 3; k++) {
            assertTrue(Math.abs(expected.get(k).intValue() - actual.get(k).intValue()) <= 6, where + ": expected " + expected + ", got " + actual);
        }
    }

    @Test
    void paintsEachClassWhereTheNetworkIsSureOfIt() {
        open(page);
        // (0, 0): p = sigmoid(−12·0.23) ≈ 0.06, class 0; the corner (0.95, −0.95): p ≈ 1, class 1.
        // Neither has a data point on it: the disc's points stay within 0.4, but the centre can
        // hold one, so the centre is checked a little off it as well.
        List<Number> centre = pixel(page, 0.02, -0.03);
        List<Number> corner = pixel(page, 0.95, -0.95);
        assertTrue(centre.get(0).intValue() > centre.get(2).intValue() + 40, "orange (class 0) in the centre: " + centre);
        assertTrue(corner.get(2).intValue() > corner.get(0).intValue() + 40, "blue (class 1) in the corner: " + corner);
        assertColor(expected(page, 1 / (1 + Math.exp(12 * (2 * 0.95 * 0.95 - 0.2304) * -1))), corner, "corner");
        assertEquals(List.of(255, 255, 255), expected(page, 0.5).stream().map(Number::intValue).toList(), "white at p = 0.5 in the light theme");
        assertEquals(4, page.locator(".decision-map-legend li").count());
        assertEquals("clase 0 clase 1 entrenamiento prueba", page.locator(".decision-map-legend").innerText().replaceAll("\\s+", " ").trim());
        screenshot(page.locator("#map"), "decision-map-light");

        // a new grid where the network has changed its mind: the same spot turns the other colour
        page.evaluate("() => map.update({ grid: demo.grid(40, 1, -12) })");
        List<Number> flipped = pixel(page, 0.95, -0.95);
        assertTrue(flipped.get(0).intValue() > flipped.get(2).intValue() + 40, "orange after the update: " + flipped);

        page.evaluate("() => map.update({ grid: demo.grid(40, 1, 12) })");
        page.evaluate("() => document.documentElement.setAttribute('data-theme', 'dark')");
        List<Number> darkCorner = pixel(page, 0.95, -0.95);
        List<Number> darkNeutral = expected(page, 0.5);
        assertTrue(darkNeutral.get(0).intValue() < 60, "a dark neutral in the dark theme: " + darkNeutral);
        assertTrue(darkCorner.get(2).intValue() > darkCorner.get(0).intValue() + 40, "still blue in the dark: " + darkCorner);
        screenshot(page.locator("#map"), "decision-map-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void staysSharpOnHiDpiAndKeepsItsPlaceWhileRedrawing() {
        Browser browser = context.browser();
        BrowserContext retina = browser.newContext(new Browser.NewContextOptions().setViewportSize(800, 900).setDeviceScaleFactor(2));
        try {
            Page hidpi = retina.newPage();
            open(hidpi);
            Number cssWidth = (Number) hidpi.evaluate("() => map.canvas.clientWidth");
            Number deviceWidth = (Number) hidpi.evaluate("() => map.canvas.width");
            assertEquals(2 * cssWidth.intValue(), deviceWidth.intValue(), "one canvas pixel per device pixel");
            assertTrue(pixel(hidpi, 0.95, -0.95).get(2).intValue() > 150, "the plane maps to device pixels");

            Locator after = hidpi.locator("#after");
            double before = after.boundingBox().y;
            // a live run sends a new grid every few epochs; 200 of them must not move the page or take long
            Number millis = (Number) hidpi.evaluate("() => { const t = performance.now();"
                    + " for (let k = 0; k < 200; k++) map.update({ grid: demo.grid(40, 1, 12 - k / 10) });"
                    + " return performance.now() - t; }");
            assertEquals(before, after.boundingBox().y, "the page does not jump");
            assertTrue(millis.doubleValue() < 2000, "200 redraws took " + millis + " ms");
            viewportScreenshot(hidpi, "decision-map-hidpi");
        } finally {
            retina.close();
        }
    }
}
