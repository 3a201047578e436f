package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Lessons 1.12 and 1.6 in a real browser: the playground's decision map streams while the network trains. */
@QuarkusTest
class PlaygroundBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private int grids() {
        String value = page.locator(".run").getAttribute("data-grids");
        return value == null ? 0 : Integer.parseInt(value);
    }

    @Test
    void circleWithSquaredFeaturesAndNoHiddenLayerIsSolvedWhileTheMapStreams() {
        page.navigate(base + "lessons/1.12");
        Locator form = page.locator("#form-playground-1-12");
        assertEquals(0, form.locator("input[name=hidden_units]").count(), "the lesson starts without hidden layers");
        assertTrue(form.locator("input[name=feature][value=x1sq]").isChecked());
        assertTrue(form.locator("input[name=feature][value=x2sq]").isChecked());
        assertTrue(!form.locator("input[name=feature][value=x1]").isChecked());
        form.locator("input[name=feature][value=x1x2]").check();
        String link = form.locator(".share-link").getAttribute("href");
        assertTrue(link.contains("toy=circle") && link.contains("features=x1sq%2C+x2sq%2C+x1x2"), link);
        form.locator("input[name=feature][value=x1x2]").uncheck();
        form.locator(".train-button").click();
        page.waitForFunction("() => Number(document.querySelector('.run') && document.querySelector('.run').getAttribute('data-grids')) > 0");
        page.locator(".run .test-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(120_000));

        assertTrue(grids() >= 2, "several decision maps streamed: " + grids());
        double accuracy = Double.parseDouble(page.locator(".run .test-accuracy").innerText());
        assertTrue(accuracy >= 0.95, "the circle is solvable with x1², x2²: " + accuracy);
        assertEquals(30, page.locator(".fit-table tbody tr").count());
        // the map paints class 1 (the ring) far from the centre and class 0 at the centre
        Object centre = page.evaluate("() => { const c = document.querySelector('.run .decision-map-host canvas');"
                + " const map = c && c.getContext('2d'); return !!map; }");
        assertEquals(Boolean.TRUE, centre);
        screenshot(page.locator("#exercise-playground-1-12"), "playground-circle");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void spiralPresetLoadsFourReluLayersAndBadDataFieldsAreRefusedBesideTheField() {
        page.navigate(base + "lessons/1.12");
        Locator form = page.locator("#form-playground-1-12");
        page.locator(".preset", new Page.LocatorOptions().setHasText("espiral")).click();
        assertEquals(4, form.locator("input[name=hidden_units]").count());
        assertEquals("spiral", form.locator("select[name=toy]").inputValue());
        assertTrue(form.locator("input[name=feature][value=x1]").isChecked());
        assertTrue(!form.locator("input[name=feature][value=x1sq]").isChecked());

        form.locator("input[name=noise]").fill("2");
        form.locator("input[name=feature]").all().forEach(Locator::uncheck);
        form.locator(".train-button").click();
        page.locator("#form-playground-1-12 .field-error[data-field=noise]").waitFor();
        assertTrue(page.locator("#form-playground-1-12 .field-error[data-field=features]").innerText().contains("al menos una"));
        assertEquals(0, page.locator(".run").count(), "nothing was queued");
        screenshot(page.locator("#form-playground-1-12"), "playground-errors");
    }

    @Test
    void aSharedLinkReproducesThePlaygroundConfiguration() {
        page.navigate(base + "lessons/1.12?toy=xor&features=x1%2C+x1x2&noise=0.2#exercise-playground-1-12");
        Locator form = page.locator("#form-playground-1-12");
        assertEquals("xor", form.locator("select[name=toy]").inputValue());
        assertEquals("0.2", form.locator("input[name=noise]").inputValue());
        assertTrue(form.locator("input[name=feature][value=x1x2]").isChecked());
        assertTrue(!form.locator("input[name=feature][value=x1sq]").isChecked());
    }

    @Test
    void xorTwoTwoOneGetsAllFourRows() {
        page.navigate(base + "lessons/1.6");
        page.locator("#form-xor-1-6 .train-button").click();
        page.locator(".run .test-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertEquals("1.0000", page.locator(".run .test-accuracy").innerText());
        assertTrue(grids() > 0);
        // the result carries the last decision map, so a replay after a restart can still draw it
        page.waitForFunction("() => document.querySelector('.run').hasAttribute('data-final-map')");
        screenshot(page.locator("#exercise-xor-1-6"), "xor-2-2-1");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
