package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The gradient-descent widget of lesson 1.10: one step by hand, divergence, crawling, the 2-D bowl. */
@QuarkusTest
class GradientDescentWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator open() {
        page.navigate(base + "lessons/1.10");
        Locator widget = page.locator("[data-widget=\"gradient-descent\"]").first();
        page.waitForFunction("() => document.querySelector('[data-widget=\"gradient-descent\"][data-ready] [data-out=\"update\"] .katex') !== null");
        return widget;
    }

    /** The parabola from a chosen start and rate, freshly reset. */
    private void setUp(Locator widget, String start, String rate) {
        widget.locator("[data-role=function]").selectOption("quad");
        widget.locator("[data-role=w0]").fill(start);
        widget.locator("[data-role=lr]").fill(rate);
        widget.locator("[data-role=reset]").click();
    }

    private String out(Locator widget, String name) {
        return widget.locator("[data-out=\"" + name + "\"]").innerText().trim();
    }

    @Test
    void oneStepOnTheParabolaIsTheHandCalculation() {
        Locator widget = open();
        assertEquals("Descenso del gradiente, paso a paso", widget.locator("h3").innerText());
        setUp(widget, "0", "0.1");
        assertEquals("0", out(widget, "step"));
        assertEquals("10", out(widget, "loss"));
        assertEquals("−6", out(widget, "grad"));
        assertEquals("-1", widget.locator("[data-role=lr-slider]").inputValue(), "the log slider follows the typed rate");

        widget.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Un paso")).click();
        assertEquals("1", out(widget, "step"));
        assertEquals("0.6", out(widget, "w"));
        assertEquals("6.76", out(widget, "loss"));
        assertEquals("−4.8", out(widget, "grad"), "the gradient at the new point");
        String update = widget.locator("[data-out=update] annotation").textContent();
        assertTrue(update.contains("0 - 0.1\\cdot(-6) = 0.6"), "the step written out with the gradient −6: " + update);
        assertEquals("descending", widget.locator("[data-out=status]").getAttribute("data-kind"));
        assertTrue(out(widget, "live").contains("w = 0.6"), "announced: " + out(widget, "live"));
        screenshot(widget, "widget-gradient-descent-light");
        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-gradient-descent-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void aLargeRateDivergesAndATinyOneCrawls() {
        Locator widget = open();
        setUp(widget, "0", "1.1");
        widget.locator("[data-role=step10]").click();
        assertEquals("10", out(widget, "step"));
        assertEquals("diverge", widget.locator("[data-out=status]").getAttribute("data-kind"));
        assertTrue(out(widget, "status").contains("diverge"), out(widget, "status"));
        assertTrue(Math.abs(Double.parseDouble(out(widget, "w").replace('−', '-')) - 3) > 10, "ran away from the minimum");
        screenshot(widget, "widget-gradient-descent-diverge");

        setUp(widget, "0", "0.001");
        widget.locator("[data-role=step10]").click();
        assertEquals("10", out(widget, "step"));
        double w = Double.parseDouble(out(widget, "w").replace('−', '-'));
        assertTrue(w > 0 && w < 0.1, "ten tiny steps stay far from 3: " + w);
        assertEquals("crawl", widget.locator("[data-out=status]").getAttribute("data-kind"));
        assertTrue(out(widget, "status").contains("avanza muy despacio"), out(widget, "status"));

        // the slider's extremes are the documented range
        widget.locator("[data-role=lr-slider]").fill("-3");
        assertEquals("0.001", widget.locator("[data-role=lr]").inputValue());
        widget.locator("[data-role=lr-slider]").fill("0.08");
        assertEquals("1.2", widget.locator("[data-role=lr]").inputValue());
        assertEquals("0", out(widget, "step"), "a new rate starts again");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void momentumCrossesTheBowlFasterAndTheNonConvexCurveHasTwoValleys() {
        Locator widget = open();
        widget.locator("[data-role=function]").selectOption("bowl");
        assertFalse(widget.locator("[data-role=w1]").isHidden());
        assertTrue(widget.locator("[data-role=w0]").isHidden());
        assertEquals("0.02", widget.locator("[data-role=lr]").inputValue());
        for (int i = 0; i < 5; i++) {
            widget.locator("[data-role=step10]").click();
        }
        double plain = Double.parseDouble(out(widget, "loss").replace('−', '-'));
        widget.locator("[data-role=momentum]").check();
        assertEquals("0", out(widget, "step"));
        for (int i = 0; i < 5; i++) {
            widget.locator("[data-role=step10]").click();
        }
        double withMomentum = Double.parseDouble(out(widget, "loss").replace('−', '-'));
        assertTrue(withMomentum < plain / 2, "momentum: " + withMomentum + " vs plain: " + plain);
        screenshot(widget, "widget-gradient-descent-bowl");

        widget.locator("[data-role=momentum]").uncheck();
        widget.locator("[data-role=function]").selectOption("nonconvex");
        for (int i = 0; i < 10; i++) {
            widget.locator("[data-role=step10]").click();
        }
        assertEquals("local", widget.locator("[data-out=status]").getAttribute("data-kind"), "plain descent stops in the local valley");
        widget.locator("[data-role=momentum]").check();
        for (int i = 0; i < 20; i++) {
            widget.locator("[data-role=step10]").click();
        }
        assertTrue(Double.parseDouble(out(widget, "w").replace('−', '-')) < -2, "momentum rolls over into the global valley");
        assertTrue(widget.locator("[data-out=formula] annotation").nth(1).textContent().contains("0.4w^3"), "the formula follows the function");
        screenshot(widget, "widget-gradient-descent-nonconvex");
        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-gradient-descent-nonconvex-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-gradient-descent-phone");

        page.locator(".topnav a[hreflang=en]").click();
        page.waitForFunction("() => document.querySelector('[data-widget=\"gradient-descent\"][data-ready]') !== null");
        assertEquals("Gradient descent, step by step", page.locator("[data-widget=\"gradient-descent\"] h3").innerText());
        assertEquals("One step", page.locator("[data-widget=\"gradient-descent\"] [data-role=step1]").innerText());
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
