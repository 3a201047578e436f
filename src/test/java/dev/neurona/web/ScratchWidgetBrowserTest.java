package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code scratch} widget of lessons 2.2–2.5 in a real browser, on the real ND4J network: the
 * data and parameters, a forward pass step by step, one gradient step checked against DL4J, and a
 * live training whose MSE curve and decision map stream in.
 */
@QuarkusTest
class ScratchWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator open(String lesson) {
        page.navigate(base + "lessons/" + lesson);
        page.waitForSelector("[data-widget=\"scratch\"][data-ready]");
        Locator widget = page.locator("[data-widget=\"scratch\"]");
        widget.scrollIntoViewIfNeeded();
        return widget;
    }

    /** Light, dark and a phone's width, each of the widget alone. */
    private void screenshots(Locator widget, String name) {
        screenshot(widget, "widget-scratch-" + name + "-light");
        page.locator(".theme-toggle").click();
        awaitRepaint();
        screenshot(widget, "widget-scratch-" + name + "-dark");
        page.setViewportSize(390, 844);
        awaitRepaint();
        screenshot(widget, "widget-scratch-" + name + "-phone-dark");
        page.locator(".theme-toggle").click();
        awaitRepaint();
        screenshot(widget, "widget-scratch-" + name + "-phone-light");
        page.setViewportSize(1280, 900);
    }

    @Test
    void lesson22GeneratesThePointsAndShowsTheParameters() {
        Locator widget = open("2.2");
        page.waitForSelector("[data-widget=\"scratch\"][data-seed=\"42\"]");
        assertEquals(List.of("(2, 4)", "(1, 4)", "(4, 8)", "(1, 8)", "(8, 1)", "(1, 1)"),
                widget.locator(".sc-matrix .sc-shape").allInnerTexts());
        assertEquals(List.of("W1", "b1", "W2", "b2", "W3", "b3"), widget.locator(".sc-matrix figcaption code").allInnerTexts());
        assertEquals(61, widget.locator(".sc-matrix td").count(), "61 parameters");
        assertTrue(widget.locator("[data-out=total]").innerText().endsWith("61"));
        assertTrue(canvasHasColour(widget.locator("canvas")), "the points were drawn");
        String w1 = widget.locator(".sc-matrix[data-name=W1]").innerText();

        // another seed: other values, the same shapes
        widget.locator("input[name=seed]").fill("7");
        widget.locator("input[name=seed]").press("Enter");
        page.waitForSelector("[data-widget=\"scratch\"][data-seed=\"7\"]");
        assertFalse(w1.equals(widget.locator(".sc-matrix[data-name=W1]").innerText()));
        assertEquals("(4, 8)", widget.locator(".sc-matrix[data-name=W2]").getAttribute("data-shape"));

        // a bad seed is refused beside its field
        widget.locator("input[name=seed]").fill("siete");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"] input[name=seed][aria-invalid=true]");
        assertEquals("«siete» no es un número.", widget.locator("[data-error-for=seed]").innerText());
        widget.locator("input[name=seed]").fill("42");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"][data-seed=\"42\"]");
        page.waitForFunction("() => !document.querySelector('[data-widget=\"scratch\"] input[name=seed]').hasAttribute('aria-invalid')");
        screenshots(widget, "data");
        assertNoUnexpectedErrors();
    }

    @Test
    void lesson23StepsThroughTheForwardPassLayerByLayer() {
        Locator widget = open("2.3");
        page.waitForSelector("[data-widget=\"scratch\"][data-stage=\"0\"] .sc-matrix[data-name=X]");
        assertEquals("(1000, 2)", widget.locator(".sc-matrix[data-name=X]").getAttribute("data-shape"));
        assertEquals("Paso 1 de 4", widget.locator("[data-out=step-of]").innerText());
        assertTrue(widget.locator("[data-role=prev]").isDisabled());
        String[][] expected = {{"Z1", "(1000, 4)", "A1", "(1000, 4)"}, {"Z2", "(1000, 8)", "A2", "(1000, 8)"}, {"Z3", "(1000, 1)", "A3", "(1000, 1)"}};
        for (int layer = 1; layer <= 3; layer++) {
            widget.locator("[data-role=next]").click();
            page.waitForSelector("[data-widget=\"scratch\"][data-stage=\"" + layer + "\"]");
            String[] shapes = expected[layer - 1];
            assertEquals(shapes[1], widget.locator(".sc-matrix[data-name=" + shapes[0] + "]").getAttribute("data-shape"));
            assertEquals(shapes[3], widget.locator(".sc-matrix[data-name=" + shapes[2] + "]").getAttribute("data-shape"));
            assertTrue(widget.locator("[data-out=shapes]").innerText().endsWith("→ " + shapes[2] + " " + shapes[3]),
                    widget.locator("[data-out=shapes]").innerText());
            assertEquals(5, widget.locator(".sc-matrix[data-name=" + shapes[0] + "] tbody tr:not(.sc-more)").count(), "a few rows");
            assertTrue(widget.locator("[data-out=formula] .katex").count() > 0, "the operation typeset");
        }
        assertEquals("(1000, 8) · (8, 1) + (1, 1) → Z3 (1000, 1) → A3 (1000, 1)", widget.locator("[data-out=shapes]").innerText());
        assertTrue(widget.locator("[data-role=next]").isDisabled());
        String output = widget.locator("[data-out=output]").innerText();
        double mean = Double.parseDouble(output.replaceAll(".*media ([0-9.]+),.*", "$1"));
        double mse = Double.parseDouble(output.replaceAll(".*MSE frente a Y: ([0-9.]+)\\..*", "$1"));
        assertEquals(0.5, mean, 0.15, output);
        assertEquals(0.25, mse, 0.03, output);
        // back to the first layer with the pipeline, by keyboard
        widget.locator(".sc-pipeline button[data-stage=\"1\"]").focus();
        page.keyboard().press("Enter");
        page.waitForSelector("[data-widget=\"scratch\"][data-stage=\"1\"]");
        screenshots(widget, "forward");
        assertNoUnexpectedErrors();
    }

    @Test
    void lesson24TakesOneStepAndMatchesDl4j() {
        Locator widget = open("2.4");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"] [data-out=verdict][data-matches]");
        assertEquals("true", widget.locator("[data-out=verdict]").getAttribute("data-matches"), widget.locator("[data-out=verdict]").innerText());
        assertEquals(6, widget.locator(".sc-check tbody tr[data-matches=true]").count());
        assertEquals(List.of("(2, 4)", "(1, 4)", "(4, 8)", "(1, 8)", "(8, 1)", "(1, 1)"),
                widget.locator(".sc-check tbody tr td:nth-child(2)").allInnerTexts());
        double before = number(widget.locator("[data-out=mse-before]").innerText());
        double after = number(widget.locator("[data-out=mse-after]").innerText());
        assertTrue(after < before, before + " → " + after);
        assertEquals(3, widget.locator(".sc-update .sc-matrix").count(), "before, gradient, after");
        assertEquals("(2, 4)", widget.locator(".sc-update .sc-matrix").nth(1).getAttribute("data-shape"));
        widget.locator(".sc-tab").nth(4).click();
        assertEquals("(8, 1)", widget.locator(".sc-update .sc-matrix").nth(1).getAttribute("data-shape"));
        assertEquals("dW3", widget.locator(".sc-update .sc-matrix").nth(1).getAttribute("data-name"));

        widget.locator("input[name=learning_rate]").fill("0.5");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"] input[name=learning_rate][aria-invalid=true]");
        assertEquals("Como máximo 0.002.", widget.locator("[data-error-for=learning_rate]").innerText());
        widget.locator("input[name=learning_rate]").fill("0.001");
        widget.locator("[data-role=run]").click();
        page.waitForFunction("() => !document.querySelector('[data-widget=\"scratch\"] input[name=learning_rate]').hasAttribute('aria-invalid')");
        page.waitForSelector("[data-widget=\"scratch\"] [data-out=verdict][data-matches=true]");
        screenshots(widget, "backward");
        assertNoUnexpectedErrors();
    }

    @Test
    void lesson25TrainsLiveWithACurveAndADecisionMap() {
        Locator widget = open("2.5");
        widget.locator("input[name=iterations]").fill("100");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"] input[name=iterations][aria-invalid=true]");
        assertEquals("Debe ser al menos 10000.", widget.locator("[data-error-for=iterations]").innerText());

        widget.locator("input[name=iterations]").fill("10000");
        widget.locator("input[name=learning_rate]").fill("0.002");
        widget.locator("input[name=seed]").fill("42");
        widget.locator("[data-role=run]").click();
        page.waitForFunction("() => Number(document.querySelector('[data-widget=\"scratch\"]').getAttribute('data-iteration')) >= 3000",
                null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        widget.locator("[data-role=stop]").click();
        page.waitForFunction("() => !document.querySelector('[data-widget=\"scratch\"] [data-role=resume]').disabled");
        int points = Integer.parseInt(widget.getAttribute("data-points"));
        assertTrue(points >= 31, "a point every 100 iterations: " + points);
        double first = Double.parseDouble(widget.getAttribute("data-mse-first"));
        double last = Double.parseDouble(widget.getAttribute("data-mse-last"));
        assertEquals(0.25, first, 0.03);
        assertTrue(last < first, first + " → " + last);
        assertTrue(last < 0.1, "learning the disc: " + last);
        assertTrue(widget.locator("[data-out=progress-text]").innerText().endsWith("de 10,000"));
        assertTrue(widget.locator("[data-out=alert]").innerText().contains("Detenido en la iteración"));
        assertTrue(canvasHasColour(widget.locator("canvas[data-role=plane]")), "the map was drawn");
        assertEquals(4, widget.locator(".sc-legend li").count(), "two regions and two classes");
        assertTrue(widget.locator(".u-legend").innerText().contains("MSE"), "the curve has a legend");
        screenshots(widget, "train");

        // resuming goes on from where it stopped
        int stoppedAt = Integer.parseInt(widget.getAttribute("data-iteration"));
        widget.locator("[data-role=resume]").click();
        page.waitForFunction("() => Number(document.querySelector('[data-widget=\"scratch\"]').getAttribute('data-iteration')) > " + stoppedAt,
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
        widget.locator("[data-role=stop]").click();
        assertNoUnexpectedErrors();
    }

    @Test
    void speaksEnglishToo() {
        page.navigate(base + "lessons/2.3");
        page.locator(".topnav a[hreflang=en]").click();
        page.waitForSelector("[data-widget=\"scratch\"][data-stage=\"0\"] .sc-matrix[data-name=X]");
        Locator widget = page.locator("[data-widget=\"scratch\"]");
        assertEquals("Try it: the forward pass, layer by layer", widget.locator("h3").innerText());
        assertEquals("Step 1 of 4", widget.locator("[data-out=step-of]").innerText());
        assertEquals("first 5 of 1,000 rows", widget.locator(".sc-more").innerText());
        widget.locator("input[name=seed]").fill("x");
        widget.locator("[data-role=run]").click();
        page.waitForSelector("[data-widget=\"scratch\"] input[name=seed][aria-invalid=true]");
        assertEquals("“x” is not a number.", widget.locator("[data-error-for=seed]").innerText());
        assertNoUnexpectedErrors();
    }

    /** The browser logs every 4xx answer as a failed resource; only the refusals this test provoked may be there. */
    private void assertNoUnexpectedErrors() {
        List<String> unexpected = consoleErrors.stream().filter(e -> !e.contains("status of 422")).toList();
        assertTrue(unexpected.isEmpty(), unexpected.toString());
    }

    /** True if the canvas holds pixels in one of the two class colours (points or map drawn). */
    private static boolean canvasHasColour(Locator canvas) {
        return (Boolean) canvas.evaluate("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 0; i < d.length; i += 4) { const r = d[i], g = d[i + 1], b = d[i + 2];"
                + " if (Math.abs(r - g) > 40 || Math.abs(g - b) > 40) n++; } return n > 200; }");
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace('−', '-'));
    }
}
