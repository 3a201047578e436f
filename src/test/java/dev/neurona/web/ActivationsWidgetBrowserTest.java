package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lesson 1.8's activation-function widget: values at a point, the softmax bars, both themes. */
@QuarkusTest
class ActivationsWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator open() {
        page.navigate(base + "lessons/1.8");
        Locator widget = page.locator("[data-widget=\"activations\"]");
        page.waitForFunction("() => document.querySelector('[data-widget=\"activations\"][data-ready]') !== null");
        return widget;
    }

    private void choose(Locator widget, String function) {
        widget.locator("label:has(input[value=\"" + function + "\"])").click();
    }

    private static void setZ(Locator widget, String z) {
        widget.locator(".act-z-input").evaluate(
                "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }", z);
    }

    @Test
    void sigmoidReluAndSoftmaxShowTheirValues() {
        Locator widget = open();
        assertEquals("sigmoid", widget.locator("input[type=radio]:checked").getAttribute("value"));
        setZ(widget, "0");
        assertEquals("0", widget.locator(".act-z").innerText());
        assertEquals("0.5", widget.locator(".act-g").innerText());
        assertEquals("0.25", widget.locator(".act-dg").innerText());
        assertTrue(widget.locator(".act-tex-g .katex").count() > 0, "formula rendered by KaTeX");
        assertTrue(widget.locator(".act-plot svg path.act-curve-g").count() == 1, "curve drawn");
        assertTrue(widget.locator(".act-usage-text").innerText().contains("clasificación binaria"));
        screenshot(widget, "widget-activations-light");

        choose(widget, "relu");
        assertTrue(widget.locator(".act-usage-text").innerText().contains("capas ocultas"));
        // with the keyboard: ten steps of 0.1 to the left from 0
        widget.locator(".act-z-input").focus();
        for (int i = 0; i < 10; i++) {
            page.keyboard().press("ArrowLeft");
        }
        assertEquals("−1", widget.locator(".act-z").innerText());
        assertEquals("−1", widget.locator(".act-z-value").innerText());
        assertEquals("0", widget.locator(".act-g").innerText());
        assertEquals("0", widget.locator(".act-dg").innerText());
        setZ(widget, "2");
        assertEquals("2", widget.locator(".act-g").innerText());
        assertEquals("1", widget.locator(".act-dg").innerText());
        screenshot(widget, "widget-activations-relu-light");

        choose(widget, "step");
        setZ(widget, "0");
        assertEquals("1", widget.locator(".act-g").innerText());
        assertEquals("no definida", widget.locator(".act-dg").innerText());
        screenshot(widget, "widget-activations-step-light");

        choose(widget, "softmax");
        assertTrue(widget.locator(".act-scalar").isHidden());
        assertEquals(List.of("0.659", "0.242", "0.099"), widget.locator(".act-bar-value").allInnerTexts());
        assertTrue(widget.locator(".act-sum").innerText().endsWith("= 1.000"), widget.locator(".act-sum").innerText());
        assertTrue(widget.locator(".act-usage-text").innerText().contains("multiclase"));
        screenshot(widget, "widget-activations-softmax-light");

        widget.locator(".act-vec-input").fill("2, x");
        assertEquals("«x» no es un número.", widget.locator(".act-vec-error").innerText());
        assertEquals("true", widget.locator(".act-vec-input").getAttribute("aria-invalid"));
        widget.locator(".act-vec-input").fill("1, 1");
        assertEquals(List.of("0.500", "0.500"), widget.locator(".act-bar-value").allInnerTexts());
        assertFalse(widget.locator(".act-vec-input").getAttribute("aria-invalid") != null);
        widget.locator(".act-vec-input").fill("2, 1, 0.1");

        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-activations-softmax-dark");
        choose(widget, "tanh");
        setZ(widget, "1");
        assertEquals("0.762", widget.locator(".act-g").innerText());
        assertEquals("0.42", widget.locator(".act-dg").innerText());
        screenshot(widget, "widget-activations-dark");

        page.setViewportSize(360, 800);
        choose(widget, "sigmoid");
        screenshot(widget, "widget-activations-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void englishStringsComeFromTheBundle() {
        page.navigate(base + "language/en");
        Locator widget = open();
        assertEquals("Explore the activation functions", widget.locator("h3").innerText());
        choose(widget, "linear");
        assertTrue(widget.locator(".act-usage-text").innerText().contains("regression"));
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
