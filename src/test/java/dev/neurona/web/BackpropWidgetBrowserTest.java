package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The backprop widget of lesson 1.11: J = 3(a + b·c) forward node by node, then backward. */
@QuarkusTest
class BackpropWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private String value(Locator widget, String node) {
        return widget.locator("[data-value=\"" + node + "\"]").textContent().trim();
    }

    private String grad(Locator widget, String node) {
        return widget.locator("[data-grad=\"" + node + "\"]").textContent().trim();
    }

    @Test
    void forwardThenBackwardWithTheChainRule() {
        page.navigate(base + "lessons/1.11");
        Locator widget = page.locator("[data-widget=\"backprop\"]").first();
        page.waitForFunction("() => document.querySelector('[data-widget=\"backprop\"][data-ready] .bp-math .katex') !== null");
        widget.locator("[data-role=a]").fill("5");
        widget.locator("[data-role=b]").fill("3");
        widget.locator("[data-role=c]").fill("2");
        widget.locator("[data-role=reset]").click();
        assertEquals("?", value(widget, "u"));
        assertEquals("5", value(widget, "a"));
        Locator next = widget.locator("[data-role=next]");
        assertTrue(next.innerText().contains("Paso adelante"));

        next.click();
        assertEquals("6", value(widget, "u"));
        assertEquals("?", value(widget, "v"));
        next.click();
        assertEquals("11", value(widget, "v"));
        next.click();
        assertEquals("33", value(widget, "J"));
        assertTrue(widget.locator("[data-out=counter]").innerText().contains("Paso 3 de 8"));
        assertEquals("", grad(widget, "v"), "no derivative before the backward pass");

        next.click();
        assertEquals("∂J/∂v = 3", grad(widget, "v"));
        assertTrue(widget.locator("[data-node=v]").getAttribute("class").contains("is-active-bwd"));
        assertTrue(widget.locator("[data-edge=v-J]").getAttribute("class").contains("is-bwd"));
        next.click();
        assertEquals("∂J/∂u = 3", grad(widget, "u"));
        next.click();
        assertEquals("∂J/∂a = 3", grad(widget, "a"));
        next.click();
        assertEquals("∂J/∂b = 6", grad(widget, "b"));
        String chain = widget.locator("li[data-step=\"7\"] annotation").textContent();
        assertTrue(chain.contains("3\\cdot c = 3\\cdot 2 = 6"), chain);
        assertTrue(widget.locator("li[data-step=\"7\"]").getAttribute("class").contains("is-current"));
        next.click();
        assertEquals("∂J/∂c = 9", grad(widget, "c"));
        assertTrue(widget.locator("li[data-step=\"8\"] annotation").textContent().contains("3\\cdot b = 3\\cdot 3 = 9"));
        assertTrue(widget.locator("[data-node=c]").getAttribute("class").contains("is-active-bwd"));
        assertEquals("true", next.getAttribute("aria-disabled"));
        assertEquals("∂J/∂a = 3", grad(widget, "a"));
        assertEquals("∂J/∂b = 6", grad(widget, "b"));
        assertTrue(widget.locator("[aria-live]").innerText().contains("Paso 8 de 8"));
        screenshot(widget, "widget-backprop-light");

        // editing an input recomputes everything already shown
        widget.locator("[data-role=c]").fill("4");
        assertEquals("∂J/∂b = 12", grad(widget, "b"));
        assertEquals("51", value(widget, "J"));
        widget.locator("[data-role=c]").fill("2");

        Locator previous = widget.locator("[data-role=prev]");
        previous.click();
        assertEquals("", grad(widget, "c"), "a step back hides the last derivative");
        assertEquals("∂J/∂b = 6", grad(widget, "b"));
        next.click();
        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-backprop-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-backprop-phone");

        widget.locator("[data-role=reset]").click();
        assertEquals("?", value(widget, "J"));
        assertEquals("true", previous.getAttribute("aria-disabled"));

        page.locator(".topnav a[hreflang=en]").click();
        page.waitForFunction("() => document.querySelector('[data-widget=\"backprop\"][data-ready]') !== null");
        assertTrue(page.locator("[data-widget=\"backprop\"] [data-role=next]").innerText().contains("Step forward"));
        assertTrue(page.locator("[data-widget=\"backprop\"] [data-out=counter]").innerText().contains("Step 0 of 8"));
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
