package dev.neurona.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.neurona.config.NeuronaConfig;
import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.nn.LayerInput;
import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecParser;
import dev.neurona.runs.RunFixtures;
import dev.neurona.runs.RunLimits;
import dev.neurona.runs.RunRefusedException;
import dev.neurona.runs.RunRepository;
import dev.neurona.runs.RunRequest;
import dev.neurona.runs.RunService;
import dev.neurona.runs.TrainingRun;
import dev.neurona.support.BrowserTestSupport;
import dev.neurona.support.ExerciseRuns;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a learner sees of fair sharing: a queued run's place and estimated start, an interrupted run trained again in one click. */
@QuarkusTest
class FairSharingBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Inject RunService runs;

    @Inject RunRepository repository;

    @Inject CourseContent content;

    @Inject SpecParser parser;

    @Inject NeuronaConfig config;

    private RunRequest request(String learner, Map<String, String> edits) {
        ExerciseDefinition exercise = content.exercise(ExerciseRuns.EXERCISE).orElseThrow();
        Map<String, String> values = exercise.merge(edits);
        NetworkSpec spec =
                parser.parse(
                                values,
                                LayerInput.parseAll(values.get("hidden")),
                                DirectiveRenderer.shape(exercise))
                        .orElseThrow();
        return new RunRequest(
                learner, exercise.lessonId(), exercise.id(), spec, RunLimits.defaults(config));
    }

    private String learnerCookie() {
        return context.cookies().stream()
                .filter(c -> c.name.equals(CurrentLearner.COOKIE))
                .findFirst()
                .orElseThrow()
                .value;
    }

    private String statusText() {
        return page.locator(".run .status-text").innerText();
    }

    @Test
    void aQueuedRunShowsItsPlaceAndWhenItShouldStart() throws RunRefusedException {
        page.navigate(base + "lessons/1.5");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("16");
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("1");
        // the runs earlier test classes started and left to finish would queue ahead of ours: let
        // them end first
        await("no run left by earlier tests")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> runs.activeRuns().isEmpty());
        List<TrainingRun> others = new ArrayList<>();
        try {
            // every worker busy with someone else's long run
            for (int i = 0; i < runs.workerCount(); i++) {
                others.add(
                        runs.submit(
                                request(
                                        "someone-" + i + "-" + System.nanoTime(),
                                        Map.of("hidden", "256 relu", "epochs", "50"))));
            }
            page.locator("#form-mnist-1-5 .train-button").click();
            page.waitForFunction(
                    "() => document.querySelector('.run .status-text') && document.querySelector('.run .status-text').innerText.includes('En cola')");
            assertTrue(
                    statusText().matches("En cola: posición 1 · empieza en ~\\d+ (s|min)"),
                    statusText());
            screenshot(page.locator("#exercise-mnist-1-5 .run"), "run-queued-eta");
            page.locator(".theme-toggle").click();
            screenshot(page.locator("#exercise-mnist-1-5 .run"), "run-queued-eta-dark");
        } finally {
            others.forEach(run -> runs.cancelAny(run.id()));
        }
        page.waitForFunction(
                "() => document.querySelector('.run .status-text').innerText.includes('Entrenando')"
                        + " || document.querySelector('.run .status-text').innerText.includes('Terminado')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void aClassLimitIsShownBesideItsFieldAndASubsetOfRowsInTheStatus() {
        RunLimits defaults = RunLimits.defaults(config);
        QuarkusMock.installMockForType(
                new LearnerRunLimits() {
                    @Override
                    public RunLimits of(String learnerId) {
                        return new RunLimits(
                                20, defaults.maxParameters(), defaults.maxWallTime(), 2000, 1, 1);
                    }
                },
                LearnerRunLimits.class);
        page.navigate(base + "lessons/1.5");
        page.locator("#form-mnist-1-5 input[name=hidden_units]").first().fill("16");
        page.locator("#form-mnist-1-5 input[name=epochs]").fill("30");
        page.locator("#form-mnist-1-5 .train-button").click();
        Locator error = page.locator("#exercise-mnist-1-5 .field-error[data-field=epochs]");
        error.waitFor();
        assertEquals("Tu clase limita el entrenamiento a 20 épocas.", error.innerText());
        assertEquals(0, page.locator(".run").count(), "nothing queued");
        screenshot(page.locator("#form-mnist-1-5 fieldset.training"), "form-class-limit");

        page.locator("#form-mnist-1-5 input[name=epochs]").fill("3");
        page.locator("#form-mnist-1-5 .train-button").click();
        page.locator(".run .test-accuracy")
                .waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertEquals(
                "Solo con las primeras 2,000 filas de entrenamiento (límite de la clase).",
                page.locator(".run .status-note").innerText());
        assertEquals(0, page.locator("#exercise-mnist-1-5 .field-error").count());
        screenshot(page.locator("#exercise-mnist-1-5 .run .run-head"), "run-train-rows");
        // the browser reports the refused (422) request itself; nothing else may fail
        assertTrue(
                consoleErrors.stream().allMatch(e -> e.contains("status of 422")),
                consoleErrors.toString());
    }

    @Test
    void anInterruptedRunIsTrainedAgainFromItsPanel() {
        page.navigate(base + "lessons/1.5");
        String interrupted =
                RunFixtures.interruptedRun(
                        repository,
                        request(
                                learnerCookie(),
                                Map.of("hidden", "16 relu", "epochs", "2", "batch_size", "512")));
        page.navigate(base + "lessons/1.5?run=" + interrupted);
        page.locator(".run .rerun-button").waitFor();
        assertEquals("Interrumpido por un reinicio del servidor", statusText());
        assertTrue(
                page.locator(".run .notice.interrupted")
                        .innerText()
                        .contains("Tu configuración está guardada"));
        screenshot(page.locator("#exercise-mnist-1-5 .run"), "run-interrupted");
        page.locator(".theme-toggle").click();
        screenshot(page.locator("#exercise-mnist-1-5 .run"), "run-interrupted-dark");
        page.locator(".theme-toggle").click();

        page.locator(".run .rerun-button").click();
        page.waitForFunction(
                "id => document.querySelector('.run') && document.querySelector('.run').getAttribute('data-run') !== id",
                interrupted);
        page.locator(".run .test-accuracy")
                .waitFor(new Locator.WaitForOptions().setTimeout(180_000));
        assertEquals(
                1,
                page.locator("#exercise-mnist-1-5 .run").count(),
                "the new panel replaced the old one");
        assertNotEquals(interrupted, page.locator(".run").getAttribute("data-run"));
        assertEquals(
                2,
                page.locator(".fit-table tbody tr").count(),
                "the stored configuration's 2 epochs");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }
}
