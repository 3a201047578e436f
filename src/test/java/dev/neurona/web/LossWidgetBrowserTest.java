package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Lesson 1.9's loss widget: MSE and cross-entropy term by term, input checks, the categorical example. */
@QuarkusTest
class LossWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void defaultsChangesAndErrors() {
        page.navigate(base + "lessons/1.9");
        Locator widget = page.locator("[data-widget=\"loss\"]");
        page.waitForFunction("() => document.querySelector('[data-widget=\"loss\"][data-ready]') !== null");

        assertEquals("0, 0, 1, 1", widget.locator(".loss-y").inputValue());
        assertEquals("0.9, 0.5, 0.2, 0", widget.locator(".loss-yhat").inputValue());
        assertEquals(4, widget.locator(".loss-table tbody tr").count());
        assertEquals("0.675", widget.locator(".loss-mse").innerText());
        assertEquals("0.675", widget.locator(".loss-mse-cell").innerText());
        assertEquals("5.181", widget.locator(".loss-ce").innerText());
        assertEquals("0.81", widget.locator(".loss-table tbody tr").nth(0).locator("td").nth(2).innerText());
        assertEquals("2.303", widget.locator(".loss-table tbody tr").nth(0).locator("td").nth(3).innerText());
        assertEquals(1, widget.locator(".loss-table tbody .loss-clipped").count(), "ŷ = 0 is clipped");
        assertTrue(widget.locator(".loss-clip").innerText().contains("[1e-7, 1 − 1e-7]"));
        assertTrue(widget.locator(".loss-formulas .katex").count() == 2, "formulas rendered by KaTeX");
        assertEquals("0.693", widget.locator(".loss-cat-value").innerText());
        assertTrue(widget.locator(".loss-cat-steps").innerText().contains("log"));
        screenshot(widget, "widget-loss-light");

        widget.locator(".loss-yhat").fill("0, 0, 1, 1");
        assertEquals("0", widget.locator(".loss-mse").innerText());
        assertEquals("0", widget.locator(".loss-ce").innerText());

        widget.locator(".loss-yhat").fill("a, b");
        assertEquals("«a» no es un número.", widget.locator(".loss-yhat-error").innerText());
        assertEquals("true", widget.locator(".loss-yhat").getAttribute("aria-invalid"));
        assertEquals("—", widget.locator(".loss-mse").innerText());

        widget.locator(".loss-yhat").fill("0.5, 0.5");
        assertEquals("y tiene 4 valores y ŷ tiene 2: deben tener los mismos.", widget.locator(".loss-yhat-error").innerText());

        widget.locator(".loss-yhat").fill("1.5, 0, 1, 1");
        assertTrue(widget.locator(".loss-yhat-error").innerText().contains("entre 0 y 1"), widget.locator(".loss-yhat-error").innerText());
        assertEquals("—", widget.locator(".loss-ce").innerText());
        assertEquals("0.563", widget.locator(".loss-mse").innerText(), "MSE still works outside [0, 1]");

        widget.locator(".loss-y").fill("");
        assertEquals("Escribe al menos un número.", widget.locator(".loss-y-error").innerText());
        screenshot(widget, "widget-loss-errors-light");

        widget.locator(".loss-y").fill("0, 0, 1, 1");
        widget.locator(".loss-yhat").fill("0.9, 0.5, 0.2, 0");
        assertEquals("", widget.locator(".loss-yhat-error").innerText());
        assertNull(widget.locator(".loss-yhat").getAttribute("aria-invalid"));
        assertEquals("0.675", widget.locator(".loss-mse").innerText());

        widget.locator(".loss-yhatc").fill("0.1, 0.6, 0.3");
        assertEquals("2.303", widget.locator(".loss-cat-value").innerText());
        widget.locator(".loss-yhatc").fill("0.5, 0.3, 0.2");

        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-loss-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-loss-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
