package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson 1.6's perceptron: the lesson's AND weights, OR with another bias, XOR never. */
@QuarkusTest
class NeuronWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator widget;

    @Test
    void theLessonWeightsComputeAndOrNeedsAnotherBiasAndXorIsNeverRight() {
        page.navigate(base + "lessons/1.6");
        widget = page.locator("[data-widget=\"neuron\"]");
        page.waitForSelector("[data-widget=\"neuron\"][data-ready]");
        assertTrue(widget.locator(".neuron-formula .katex").count() >= 2, "both formulas rendered by KaTeX");

        // AND with w1 = 2, w2 = 1, b = -3: z = -3, -2, -1, 0 → 0, 0, 0, 1, all right
        assertEquals(List.of("2", "1", "−3"), widget.locator(".neuron-value").allInnerTexts());
        assertEquals(List.of("−3", "−2", "−1", "0"), widget.locator(".neuron-z").allInnerTexts());
        assertEquals(List.of("0", "0", "0", "1"), widget.locator(".neuron-out").allInnerTexts());
        assertEquals(List.of("0", "0", "0", "1"), widget.locator(".neuron-expected").allInnerTexts());
        assertEquals(4, widget.locator("tbody tr.is-right").count());
        assertTrue(message().contains("¡Las cuatro filas son correctas!") && message().contains("calcula AND"), message());
        assertTrue(widget.locator(".neuron-boundary").isVisible(), "the separating line is drawn");
        screenshot(widget, "widget-neuron-light");

        // OR with the same weights: (0,1) and (1,0) come out 0 instead of 1
        widget.locator("input[value=\"or\"] + span").click();
        assertEquals(List.of("0", "1", "1", "1"), widget.locator(".neuron-expected").allInnerTexts());
        assertEquals(List.of("0", "0", "0", "1"), widget.locator(".neuron-out").allInnerTexts());
        assertEquals(2, widget.locator("tbody tr.is-wrong").count());
        assertTrue(message().startsWith("2 de 4 filas correctas."), message());

        // with the keyboard: b from -3 to -1 (4 steps of 0.5) and w2 from 1 to 2 → (2, 2, -1) solves OR
        widget.locator("input[data-param=\"b\"]").focus();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("ArrowRight");
        }
        widget.locator("input[data-param=\"w2\"]").focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertEquals(List.of("2", "2", "−1"), widget.locator(".neuron-value").allInnerTexts());
        assertEquals(List.of("−1", "1", "1", "3"), widget.locator(".neuron-z").allInnerTexts());
        assertEquals(List.of("0", "1", "1", "1"), widget.locator(".neuron-out").allInnerTexts());
        assertEquals(4, widget.locator("tbody tr.is-right").count());
        assertTrue(message().contains("calcula OR"), message());

        // XOR: no setting gets the four rows right, and the message says why
        widget.locator("input[value=\"xor\"] + span").click();
        double[][] settings = { { 2, 2, -1 }, { 2, 1, -3 }, { -2, -2, 3 }, { 2, -2, -1 }, { 5, 5, -5 }, { -1, 1, 0 }, { 0, 0, 0 } };
        for (double[] s : settings) {
            set("w1", s[0]);
            set("w2", s[1]);
            set("b", s[2]);
            assertTrue(widget.locator("tbody tr.is-right").count() < 4, "XOR never all right: " + java.util.Arrays.toString(s));
            assertTrue(message().contains("no es linealmente separable") && message().contains("capa oculta"), message());
        }
        assertTrue(message().contains("no hay recta"), "w1 = w2 = 0 has no line: " + message());
        set("w1", 2);
        set("w2", 2);
        set("b", -1);
        assertEquals(List.of("0", "1", "1", "1"), widget.locator(".neuron-out").allInnerTexts());
        assertEquals(List.of("0", "1", "1", "0"), widget.locator(".neuron-expected").allInnerTexts());
        assertTrue(message().startsWith("3 de 4 filas correctas."), message());
        screenshot(widget, "widget-neuron-xor-light");

        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-neuron-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-neuron-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void speaksEnglishToo() {
        page.navigate(base + "lessons/1.6");
        page.locator(".topnav a[hreflang=en]").click();
        page.waitForSelector("[data-widget=\"neuron\"][data-ready]");
        widget = page.locator("[data-widget=\"neuron\"]");
        assertEquals("Try it: a neuron with a step function", widget.locator("h3").innerText());
        assertTrue(message().contains("All four rows are right!") && message().contains("computes AND"), message());
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    private String message() {
        return widget.locator(".neuron-message").innerText().trim();
    }

    private void set(String param, double value) {
        widget.locator("input[data-param=\"" + param + "\"]").fill(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
    }
}
