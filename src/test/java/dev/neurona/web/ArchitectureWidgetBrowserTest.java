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

/** Lesson 1.7's architecture: 784-512-10 has 407,050 parameters; one more hidden layer of 64, 435,402. */
@QuarkusTest
class ArchitectureWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void countsTheParametersOfEveryLayerAsTheLayersChange() {
        page.navigate(base + "lessons/1.7");
        page.waitForSelector("[data-widget=\"architecture\"][data-ready]");
        Locator widget = page.locator("[data-widget=\"architecture\"]");

        // 784 inputs, one hidden layer of 512, 10 outputs
        assertEquals("407,050", widget.locator(".arch-total").innerText());
        assertEquals("Total: 401,920 + 5,130 = 407,050 parámetros.", widget.locator(".arch-sum").innerText());
        assertEquals(List.of("784 × 512 = 401,408", "512", "401,920"), row(widget, 0));
        assertEquals(List.of("512 × 10 = 5,120", "10", "5,130"), row(widget, 1));
        assertEquals(List.of("784", "512", "10"), widget.locator(".arch-svg .arch-count").allTextContents());
        // 784 and 512 are drawn as 4 + "⋮" + 4 nodes, the 10 outputs all of them
        assertEquals(8 + 8 + 10, widget.locator(".arch-svg .arch-node").count());
        assertEquals(2, widget.locator(".arch-svg .arch-more").count());
        assertEquals(8 * 8 + 8 * 10, widget.locator(".arch-edges line").count());
        screenshot(widget, "widget-architecture-light");

        // one more hidden layer, 64 units by default: 401,920 + 512·64 + 64 + 64·10 + 10
        widget.locator(".arch-add").click();
        assertEquals(2, widget.locator(".arch-layer").count());
        assertEquals("64", widget.locator(".arch-units").nth(1).inputValue());
        assertEquals("Oculta 2", widget.locator(".arch-layer-name").nth(1).innerText());
        assertTrue((Boolean) page.evaluate("document.activeElement.classList.contains('arch-units')"), "the new layer's field has the focus");
        assertEquals("435,402", widget.locator(".arch-total").innerText());
        assertEquals("Total: 401,920 + 32,832 + 650 = 435,402 parámetros.", widget.locator(".arch-sum").innerText());
        assertEquals(List.of("784", "512", "64", "10"), widget.locator(".arch-svg .arch-count").allTextContents());
        screenshot(widget, "widget-architecture-two-layers-light");

        // 32 units instead: 401,920 + (512·32 + 32) + (32·10 + 10) = 401,920 + 16,416 + 330 = 418,666
        page.keyboard().type("32");
        assertEquals("418,666", widget.locator(".arch-total").innerText());

        // a count that is not a whole number ≥ 1 is flagged and the last valid table stays
        widget.locator(".arch-outputs").fill("0");
        assertEquals("true", widget.locator(".arch-outputs").getAttribute("aria-invalid"));
        assertEquals("Escribe un número entero entre 1 y 100,000.", widget.locator(".arch-sum").innerText());
        widget.locator(".arch-outputs").fill("10");
        assertEquals("418,666", widget.locator(".arch-total").innerText());

        // removing the first hidden layer leaves 784 → 32 → 10: 25,120 + 330 = 25,450
        widget.locator(".arch-remove").first().click();
        assertEquals(1, widget.locator(".arch-layer").count());
        assertEquals("Oculta 1", widget.locator(".arch-layer-name").first().innerText());
        assertEquals("25,450", widget.locator(".arch-total").innerText());
        widget.locator(".arch-units").first().fill("512");
        assertEquals("407,050", widget.locator(".arch-total").innerText());

        page.locator(".theme-toggle").click();
        widget.locator(".arch-add").click();
        screenshot(widget, "widget-architecture-dark");
        page.setViewportSize(360, 800);
        for (int i = 0; i < 3; i++) {
            widget.locator(".arch-add").click();
        }
        page.waitForFunction("() => document.querySelectorAll('.arch-svg .arch-count').length === 7");
        screenshot(widget, "widget-architecture-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void speaksEnglishToo() {
        page.navigate(base + "lessons/1.7");
        page.locator(".topnav a[hreflang=en]").click();
        page.waitForSelector("[data-widget=\"architecture\"][data-ready]");
        Locator widget = page.locator("[data-widget=\"architecture\"]");
        assertEquals("Total: 401,920 + 5,130 = 407,050 parameters.", widget.locator(".arch-sum").innerText());
        assertEquals("Hidden 1", widget.locator(".arch-layer-name").first().innerText());
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    private static List<String> row(Locator widget, int index) {
        return widget.locator(".arch-table tbody tr").nth(index).locator("td").allInnerTexts();
    }
}
