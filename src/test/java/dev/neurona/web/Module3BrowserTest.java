package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Module 3 in a real browser, with small epoch counts: Boston's K-fold (3.9), Reuters' 46 topics (3.7), lesson 3.5's comparison. */
@QuarkusTest
class Module3BrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private void waitForResult(String selector) {
        page.locator(".run " + selector).waitFor(new Locator.WaitForOptions().setTimeout(240_000));
    }

    @Test
    void bostonKFoldDrawsOneCurvePerFoldThenTheAverageAndTheScatter() {
        page.navigate(base + "lessons/3.9");
        page.locator("#form-boston-3-9 input[name=epochs]").fill("6");
        page.locator("#form-boston-3-9 .train-button").click();
        waitForResult(".test-mae");

        assertEquals("4", page.locator(".run").getAttribute("data-folds"));
        // 4 folds × 6 epochs of validation points, then the final model (no validation) trains 6 more epochs
        assertEquals("24", page.locator(".run").getAttribute("data-points"));
        assertEquals(30, page.locator(".fit-table tbody tr").count());
        assertTrue(page.locator(".fit-table thead").innerText().contains("val_mae"));
        double mae = Double.parseDouble(page.locator(".run .test-mae").innerText());
        double baseline = Double.parseDouble(page.locator(".run .baseline-mae").innerText());
        assertTrue(mae > 0 && mae < baseline, "the network beats predicting the mean: " + mae + " vs " + baseline);
        assertEquals("102", page.locator(".scatter").getAttribute("data-points"), "one point per test area");
        assertEquals(102, page.locator(".scatter-svg circle").count());
        Locator average = page.locator(".kfold-average");
        assertEquals("2", average.getAttribute("data-shown"), "of 6 epochs, at most all but 2 are skipped");
        average.locator(".skip-epochs").fill("0");
        assertEquals("6", average.getAttribute("data-shown"));
        assertTrue(average.locator(".best-epoch").innerText().contains("val_mae"));
        screenshot(page.locator("#exercise-boston-3-9"), "module3-boston-kfold");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void reutersShowsTheTopicsConfusionAndPerClassAccuracy() {
        page.navigate(base + "lessons/3.7");
        page.locator("#form-reuters-3-7 input[name=epochs]").fill("2");
        page.locator("#form-reuters-3-7 .train-button").click();
        waitForResult(".test-accuracy");

        double accuracy = Double.parseDouble(page.locator(".run .test-accuracy").innerText());
        assertTrue(accuracy > 0.5, "2 epochs already beat the most frequent topic: " + accuracy);
        assertEquals(46 * 46, page.locator(".confusion-table tbody td").count());
        assertEquals(46, page.locator(".per-class-table tbody tr").count());
        assertTrue(page.locator(".per-class-table").innerText().contains("earn"));
        assertEquals(0, page.locator(".digit-gallery").count(), "no MNIST gallery for news");
        screenshot(page.locator("#exercise-reuters-3-7 .run-result"), "module3-reuters-result");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void presetsLoadTheVariantsAndFinishedRunsAreOverlaid() {
        page.navigate(base + "lessons/3.5");
        Locator form = page.locator("#form-imdb-3-5");
        page.locator(".preset", new com.microsoft.playwright.Page.LocatorOptions().setHasText("(c)")).click();
        assertEquals(2, form.locator("input[name=hidden_units]").count());
        assertEquals("4", form.locator("input[name=hidden_units]").first().inputValue());
        assertEquals("0.5", form.locator("input[name=dropout]").inputValue());
        assertEquals("0", form.locator("input[name=l2]").inputValue());
        form.locator("input[name=epochs]").fill("2");
        form.locator(".train-button").click();
        waitForResult(".test-accuracy");
        page.locator(".compare-chart").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertEquals("1", page.locator(".compare-chart").getAttribute("data-series-count"));
        assertTrue(page.locator(".compare-pick").first().innerText().contains("Dropout 0.5"));
        screenshot(page.locator("#exercise-imdb-3-5"), "module3-imdb-compare");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
