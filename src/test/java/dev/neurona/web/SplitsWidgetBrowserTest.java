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

/**
 * Lesson 3.1's split visualizer. Its semantics: test = test % of all the examples, validation =
 * validation % of what is left after the test set, training = the rest.
 */
@QuarkusTest
class SplitsWidgetBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private Locator widget;

    @Test
    void splitsTheExamplesIntoTrainingValidationAndTest() {
        page.navigate(base + "lessons/3.1");
        page.waitForSelector("[data-widget=\"splits\"][data-ready]");
        widget = page.locator("[data-widget=\"splits\"]");

        // 50,000 examples: test 20 % of 50,000 = 10,000; validation 20 % of 40,000 = 8,000; training 32,000
        assertEquals("50000", widget.locator(".splits-size").inputValue());
        assertEquals(List.of("32,000", "8,000", "10,000"), counts());
        assertEquals(List.of("64 % del total", "16 % del total", "20 % del total"), widget.locator(".splits-share").allInnerTexts());
        assertEquals(List.of("entrenar los pesos", "ajustar hiperparámetros y decidir cuándo parar", "medir una sola vez al final"),
                widget.locator(".splits-use").allInnerTexts());
        assertEquals(List.of("prueba = 20 % de 50,000 = 10,000", "validación = 20 % de 40,000 = 8,000",
                "entrenamiento = 50,000 − 10,000 − 8,000 = 32,000"), widget.locator(".splits-calc p").allInnerTexts());
        assertEquals(64.0, segmentShare("train"), 0.5);
        assertEquals(16.0, segmentShare("validation"), 0.5);
        assertEquals(20.0, segmentShare("test"), 0.5);
        screenshot(widget, "widget-splits-light");

        // the lesson's IMDB split: test 50 % = 25,000; validation 40 % of 25,000 = 10,000; training 15,000
        widget.locator(".splits-test").fill("50");
        widget.locator(".splits-validation").fill("40");
        assertEquals(List.of("15,000", "10,000", "25,000"), counts());
        assertEquals(List.of("30 % del total", "20 % del total", "50 % del total"), widget.locator(".splits-share").allInnerTexts());

        // with the keyboard, back to test 20 % and one step less: 19 % of 50,000 = 9,500;
        // validation 40 % of 40,500 = 16,200; training 40,500 − 16,200 = 24,300
        widget.locator(".splits-test").fill("20");
        widget.locator(".splits-test").focus();
        page.keyboard().press("ArrowLeft");
        assertEquals("19 %", widget.locator(".splits-test-value").innerText());
        assertEquals(List.of("24,300", "16,200", "9,500"), counts());

        // 1,000 examples, test 25 %, validation 10 %: 250; 10 % of 750 = 75; 750 − 75 = 675
        widget.locator(".splits-size").fill("1000");
        widget.locator(".splits-test").fill("25");
        widget.locator(".splits-validation").fill("10");
        assertEquals(List.of("675", "75", "250"), counts());
        assertEquals(List.of("67.5 % del total", "7.5 % del total", "25 % del total"), widget.locator(".splits-share").allInnerTexts());

        // a size that is not a whole number in range is flagged
        widget.locator(".splits-size").fill("5");
        assertEquals("true", widget.locator(".splits-size").getAttribute("aria-invalid"));
        assertTrue(widget.locator(".splits-calc").innerText().contains("entre 10 y 10,000,000"));
        widget.locator(".splits-size").fill("50000");
        widget.locator(".splits-test").fill("20");
        widget.locator(".splits-validation").fill("20");
        assertEquals(List.of("32,000", "8,000", "10,000"), counts());

        page.locator(".theme-toggle").click();
        screenshot(widget, "widget-splits-dark");
        page.setViewportSize(360, 800);
        screenshot(widget, "widget-splits-phone-dark");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void speaksEnglishToo() {
        page.navigate(base + "lessons/3.1");
        page.locator(".topnav a[hreflang=en]").click();
        page.waitForSelector("[data-widget=\"splits\"][data-ready]");
        widget = page.locator("[data-widget=\"splits\"]");
        assertEquals(List.of("64% of the total", "16% of the total", "20% of the total"), widget.locator(".splits-share").allInnerTexts());
        assertEquals("train the weights", widget.locator(".splits-use").first().innerText());
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    private List<String> counts() {
        return widget.locator(".splits-count").allInnerTexts();
    }

    /** The width of a segment as a percentage of the bar's. */
    private double segmentShare(String part) {
        return ((Number) widget.locator(".splits-bar").evaluate(
                "(bar, part) => 100 * bar.querySelector('[data-part=\"' + part + '\"]').getBoundingClientRect().width / bar.clientWidth", part)).doubleValue();
    }
}
