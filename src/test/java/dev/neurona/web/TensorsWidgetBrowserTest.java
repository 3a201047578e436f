package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Lesson 2.1's tensor widget: ndim/shape/size, reshape (and its impossible shapes), transpose, presets. */
@QuarkusTest
class TensorsWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private static String text(Locator locator) {
        return locator.innerText().replaceAll("\\s+", " ").trim();
    }

    private static void reshape(Locator widget, String shape) {
        widget.locator(".ten-shape-input").fill(shape);
        widget.locator(".ten-reshape").click();
    }

    @Test
    void shapeReshapeTransposeAndScalars() {
        page.navigate(base + "lessons/2.1");
        Locator widget = page.locator("[data-widget=\"tensors\"]");
        page.waitForFunction("() => document.querySelector('[data-widget=\"tensors\"][data-ready]') !== null");

        assertEquals("[[1, 2], [3, 4], [5, 6], [7, 8]]", widget.locator(".ten-array").inputValue());
        assertEquals("2", widget.locator(".ten-ndim").innerText());
        assertEquals("(4, 2)", widget.locator(".ten-shape").innerText());
        assertEquals("8", widget.locator(".ten-size").innerText());
        assertEquals("Una matriz de 4 filas y 2 columnas.", widget.locator(".ten-describe").innerText());
        assertEquals(8, widget.locator(".ten-source-drawing .ten-cell").count());

        reshape(widget, "(8, 1)");
        assertEquals("(8, 1)", widget.locator(".ten-result-shape").innerText());
        assertEquals("[[1], [2], [3], [4], [5], [6], [7], [8]]", text(widget.locator(".ten-result-array")));
        widget.locator(".ten-use").click();
        assertEquals("(8, 1)", widget.locator(".ten-shape").innerText());
        assertEquals("Una matriz de 8 filas y 1 columna.", widget.locator(".ten-describe").innerText());
        reshape(widget, "(2, 4)");
        assertEquals("x.reshape((2, 4))", widget.locator(".ten-result-code").innerText());
        assertEquals("(2, 4)", widget.locator(".ten-result-shape").innerText());
        assertEquals("[[1, 2, 3, 4], [5, 6, 7, 8]]", text(widget.locator(".ten-result-array")));
        screenshot(widget, "widget-tensors-light");

        reshape(widget, "(3, 3)");
        assertEquals("no se puede: 8 elementos no caben en una forma (3, 3) de 9", widget.locator(".ten-shape-error").innerText());
        assertTrue(widget.locator(".ten-result").isHidden());
        assertEquals("true", widget.locator(".ten-shape-input").getAttribute("aria-invalid"));
        screenshot(widget, "widget-tensors-error-light");

        reshape(widget, "(-1, 2)");
        assertEquals("(4, 2)", widget.locator(".ten-result-shape").innerText());
        reshape(widget, "(3, -1)");
        assertTrue(widget.locator(".ten-shape-error").innerText().startsWith("no se puede: 8 elementos no se pueden repartir"));
        reshape(widget, "(-1, -1)");
        assertEquals("Solo una dimensión puede ser -1.", widget.locator(".ten-shape-error").innerText());

        widget.locator(".ten-preset", new Locator.LocatorOptions().setHasText("Matriz")).click();
        assertEquals("(4, 2)", widget.locator(".ten-shape").innerText());
        widget.locator(".ten-transpose").click();
        assertEquals("(2, 4)", widget.locator(".ten-result-shape").innerText());
        assertEquals("[[1, 3, 5, 7], [2, 4, 6, 8]]", text(widget.locator(".ten-result-array")));

        widget.locator(".ten-preset", new Locator.LocatorOptions().setHasText("Tensor 3-D")).click();
        assertEquals("3", widget.locator(".ten-ndim").innerText());
        assertEquals("(2, 3, 2)", widget.locator(".ten-shape").innerText());
        assertTrue(widget.locator(".ten-transpose").isDisabled());

        widget.locator(".ten-preset", new Locator.LocatorOptions().setHasText("Vector")).click();
        assertEquals("(4,)", widget.locator(".ten-shape").innerText());

        widget.locator(".ten-array").fill("42");
        assertEquals("0", widget.locator(".ten-ndim").innerText());
        assertEquals("()", widget.locator(".ten-shape").innerText());
        assertEquals("1", widget.locator(".ten-size").innerText());

        widget.locator(".ten-array").fill("[[1, 2], [3]]");
        assertTrue(widget.locator(".ten-array-error").innerText().contains("misma forma"), widget.locator(".ten-array-error").innerText());
        widget.locator(".ten-array").fill("[[1, 2], [3, 4], [5, 6], [7, 8]]");
        assertEquals("", widget.locator(".ten-array-error").innerText());
        reshape(widget, "(2, 2, 2)");
        assertEquals("(2, 2, 2)", widget.locator(".ten-result-shape").innerText());

        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-tensors-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-tensors-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
