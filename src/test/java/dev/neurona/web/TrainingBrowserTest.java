package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.neurona.support.BrowserTestSupport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lesson 1.5's exercise in a real browser: train, watch, stop, fix mistakes, come back, save and reload a model. */
@QuarkusTest
class TrainingBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    private void configure(String units, String epochs) {
        page.navigate(base + "lessons/1.5");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill(units);
        page.locator("#form-mnist-1-5 input[name=epochs]").fill(epochs);
        page.locator("#form-mnist-1-5 input[name=validation_split]").fill("0.1");
    }

    private Locator exercise() {
        return page.locator("#exercise-mnist-1-5");
    }

    private int points() {
        String value = page.locator(".run").getAttribute("data-points");
        return value == null ? 0 : Integer.parseInt(value);
    }

    @Test
    void trainsASmallNetworkToTheEndWithLiveCurves() {
        configure("32", "2");
        long clicked = System.nanoTime();
        page.locator("#form-mnist-1-5 .train-button").click();
        page.locator(".run .status-text").waitFor();
        double secondsToStatus = (System.nanoTime() - clicked) / 1e9;
        assertTrue(secondsToStatus < 5, "status shown after " + secondsToStatus + " s");
        page.waitForFunction("() => document.querySelector('.run') && Number(document.querySelector('.run').getAttribute('data-points')) > 0");
        page.locator(".run .test-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(180_000));

        assertTrue(points() > 2, "chart points: " + points());
        assertEquals(2, page.locator(".fit-table tbody tr").count());
        String firstRow = page.locator(".fit-table tbody tr").first().innerText();
        assertTrue(firstRow.startsWith("1/2"), firstRow);
        assertTrue(firstRow.contains("422/422"), "54,000 / 128 = 422 steps: " + firstRow);
        double accuracy = Double.parseDouble(page.locator(".run .test-accuracy").innerText());
        assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
        assertEquals(100, page.locator(".confusion-table tbody td").count());
        assertTrue(page.locator(".digit-gallery img").count() > 0);
        assertTrue(page.locator(".run .status-text").innerText().contains("Terminado"));
        page.locator("#exercise-mnist-1-5 .history-table tbody tr").first().waitFor();
        screenshot(exercise(), "exercise-finished");

        // lesson 1.5's save and load: download the model, upload it back, same test accuracy
        Download download = page.waitForDownload(() -> page.locator(".run a.download").click());
        Path saved = SCREENSHOTS.resolveSibling("downloaded-model.zip");
        download.saveAs(saved);
        page.locator("#exercise-mnist-1-5 details.upload summary").click();
        page.locator("#exercise-mnist-1-5 .upload-form input[type=file]").setInputFiles(saved);
        page.locator("#exercise-mnist-1-5 .upload-form button[type=submit]").click();
        page.locator("#exercise-mnist-1-5 .uploaded-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertEquals(page.locator(".run .test-accuracy").innerText(), page.locator("#exercise-mnist-1-5 .uploaded-accuracy").innerText());
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void detenerStopsTheRunWithinAFewBatches() {
        configure("64", "30");
        page.locator("#form-mnist-1-5 .train-button").click();
        page.waitForFunction("() => document.querySelector('.run') && Number(document.querySelector('.run').getAttribute('data-points')) > 1");
        screenshot(page.locator(".run"), "run-streaming");
        page.locator(".stop-button").click();
        page.waitForFunction("() => document.querySelector('.run .status-text').innerText.includes('Detenido')",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        assertTrue(page.locator(".fit-table tbody tr").count() < 30);
        assertEquals(0, page.locator(".stop-button").count(), "no stop button once stopped");
        assertEquals(0, page.locator(".run .test-accuracy").count(), "a stopped run is not evaluated");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void badValuesComeBackBesideTheirFieldsAndNothingIsQueued() {
        page.navigate(base + "lessons/1.5");
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("cinco");
        page.locator("#form-mnist-1-5 input[name=batch_size]").fill("-1");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("0");
        page.locator("#form-mnist-1-5 select[name=output]").selectOption("sigmoid");
        page.locator("#form-mnist-1-5 .train-button").click();
        page.locator("#exercise-mnist-1-5 .field-error[data-field=epochs]").waitFor();
        assertTrue(page.locator("#exercise-mnist-1-5 .field-error[data-field=epochs]").innerText().contains("cinco"));
        assertTrue(page.locator("#exercise-mnist-1-5 .field-error[data-field=batch_size]").innerText().contains("al menos 1"));
        assertTrue(page.locator("#exercise-mnist-1-5 .field-error[data-field=loss]").innerText().contains("categorical_crossentropy"));
        assertEquals(1, page.locator("#exercise-mnist-1-5 .layer-row .field-error").count());
        assertEquals("true", page.locator("#form-mnist-1-5 input[name=epochs]").getAttribute("aria-invalid"));
        assertEquals(0, page.locator(".run").count(), "nothing queued");
        screenshot(exercise(), "exercise-field-errors");
        // the corrected form trains
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("1");
        page.locator("#form-mnist-1-5 input[name=batch_size]").fill("256");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("16");
        page.locator("#form-mnist-1-5 select[name=output]").selectOption("softmax");
        page.locator("#form-mnist-1-5 .train-button").click();
        page.locator(".run").waitFor();
        assertEquals(0, page.locator("#exercise-mnist-1-5 .field-error").count());
    }

    @Test
    void leavingMidRunAndComingBackReplaysTheCurve() {
        configure("64", "3");
        page.locator("#form-mnist-1-5 .train-button").click();
        page.waitForFunction("() => document.querySelector('.run') && Number(document.querySelector('.run').getAttribute('data-points')) > 1");
        page.navigate("about:blank");
        // time away from the page, on purpose: the run goes on with nobody watching (a wait that models elapsed time)
        page.waitForTimeout(1500);
        page.navigate(base + "lessons/1.5");
        page.locator(".run").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForFunction("() => document.querySelector('.run') && Number(document.querySelector('.run').getAttribute('data-points')) > 1");
        page.locator(".run .test-accuracy").waitFor(new Locator.WaitForOptions().setTimeout(180_000));
        assertEquals(3, page.locator(".fit-table tbody tr").count(), "every epoch, replayed and live");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
