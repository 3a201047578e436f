package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.neurona.support.BrowserTestSupport;
import dev.neurona.support.DatasetFacts;
import dev.neurona.support.DatasetFacts.BostonFacts;
import dev.neurona.support.DatasetFacts.ImdbFacts;
import dev.neurona.support.DatasetFacts.TopicCount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The dataset demos of lessons 3.2, 3.6 and 3.8, checked against {@link DatasetFacts}: the same
 * figures worked out from the bundled files without the server's classes.
 */
@QuarkusTest
class DatasetDemosBrowserTest extends BrowserTestSupport {

    @TestHTTPResource("/")
    URL base;

    @Test
    void lesson32DecodesAndVectorizesATrainingReview() {
        ImdbFacts imdb = DatasetFacts.imdb();
        assertEquals(4, imdb.wordIndex().get("the"), "the most frequent word has index 1 + 3");
        open("3.2");
        Locator widget = page.locator("[data-widget=\"imdb-review\"]");
        assertReview(widget, imdb, 0);
        screenshot(widget, "demo-imdb-review-light");

        widget.locator("button[value=next]").click();
        page.waitForFunction("() => document.querySelector('.ir-index').value === '1'");
        assertReview(widget, imdb, 1);

        widget.locator(".ir-index").fill("24999");
        widget.locator(".ir-index").press("Enter");
        page.waitForFunction(
                "() => document.querySelector('.ir-status strong').textContent === 'Reseña 24,999'");
        assertReview(widget, imdb, 24_999);

        // outside the training set: the message beside the field, and the review shown stays
        widget.locator(".ir-index").fill("25000");
        widget.locator("button[value=show]").click();
        page.waitForSelector(".ir-index[aria-invalid=true]");
        assertEquals(
                "La reseña 25000 no existe: el conjunto de entrenamiento tiene las reseñas 0 a 24,999.",
                widget.locator(".ir-error").innerText());
        assertEquals("Reseña 24,999", widget.locator(".ir-status strong").innerText());
        widget.locator(".ir-index").fill("doce");
        widget.locator("button[value=show]").click();
        page.waitForFunction(
                "() => document.querySelector('.ir-error').textContent.startsWith('Escribe')");
        assertEquals(
                "Escribe un número entero entre 0 y 24,999.",
                widget.locator(".ir-error").innerText());

        page.locator(".theme-toggle").click();
        screenshot(widget, "demo-imdb-review-dark");
        assertTrue(
                consoleErrors.stream().allMatch(e -> e.contains("status of 422")),
                "only the refused indices' answers: " + consoleErrors);
    }

    /** The widget shows training review {@code i}: label, text, every index with its word, the lit positions. */
    private void assertReview(Locator widget, ImdbFacts imdb, int i) {
        assertEquals(String.valueOf(i), widget.locator(".ir-index").inputValue());
        assertEquals(
                imdb.labels()[i] == 1 ? "positiva (etiqueta 1)" : "negativa (etiqueta 0)",
                widget.locator(".ir-label").innerText());
        assertEquals(
                imdb.texts().get(i).replaceAll("(?i)<br\\s*/?>", "\n"),
                widget.locator(".ir-text").textContent());
        List<Integer> sequence = imdb.sequence(i);
        List<String> words = DatasetFacts.words(imdb.texts().get(i));
        List<String> expected = new ArrayList<>();
        expected.add("1 inicio");
        for (int k = 1; k < sequence.size(); k++) {
            expected.add(sequence.get(k) + " " + (sequence.get(k) == 2 ? "?" : words.get(k - 1)));
        }
        assertEquals(expected, widget.locator(".ir-tok").allTextContents());
        List<String> lit =
                sequence.stream()
                        .filter(index -> index > 2 && index < 10_000)
                        .distinct()
                        .sorted()
                        .map(String::valueOf)
                        .toList();
        assertEquals(lit.size(), imdb.ones(i));
        List<String> shown = new ArrayList<>();
        for (Locator line : widget.locator(".ir-lit").all()) {
            shown.add(line.getAttribute("data-position"));
        }
        assertEquals(lit, shown);
        assertEquals(
                String.format(java.util.Locale.ROOT, "%,d unos de 10,000 posiciones", lit.size()),
                widget.locator(".ir-ones-count").innerText());
    }

    @Test
    void lesson36CountsTheTopicsOfTrainingAndTest() {
        List<TopicCount> topics = new ArrayList<>(DatasetFacts.reutersTopics());
        topics.sort(
                Comparator.comparingInt(TopicCount::train)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(TopicCount::test).reversed())
                        .thenComparing(TopicCount::topic));
        TopicCount earn = topics.get(0);
        // the lesson's figures: 3,735 of the 8,604 articles are earn, 80 % of them for training
        assertEquals(new TopicCount("earn", 2_988, 747), earn);
        assertEquals("acq", topics.get(1).topic());
        int trainTotal = topics.stream().mapToInt(TopicCount::train).sum();
        int testTotal = topics.stream().mapToInt(TopicCount::test).sum();
        assertEquals(8_604, trainTotal + testTotal);

        open("3.6");
        Locator widget = page.locator("[data-widget=\"reuters-topics\"]");
        assertEquals(46, widget.locator(".rt-row[data-topic]").count());
        assertEquals(
                topics.stream().map(TopicCount::topic).toList(),
                widget.locator(".rt-row[data-topic] .rt-name").allInnerTexts());
        assertEquals(
                "earn: 2,988 de entrenamiento (43.4 %), 747 de prueba (43.4 %)",
                widget.locator(".rt-row[data-topic=earn]").getAttribute("title"));
        assertTrue(
                widget.locator(".rt-legend")
                        .innerText()
                        .contains(
                                String.format(
                                        java.util.Locale.ROOT,
                                        "Prueba (%,d noticias)",
                                        testTotal)));

        widget.locator("summary").click();
        List<String> expectedRows =
                topics.stream()
                        .map(
                                t ->
                                        String.format(
                                                java.util.Locale.ROOT,
                                                "%s %,d %,d",
                                                t.topic(),
                                                t.train(),
                                                t.test()))
                        .collect(Collectors.toList());
        List<String> shownRows = new ArrayList<>();
        for (Locator row : widget.locator(".rt-table tbody tr").all()) {
            List<String> cells = row.locator("th, td").allInnerTexts();
            shownRows.add(cells.get(1) + " " + cells.get(2) + " " + cells.get(4));
        }
        assertEquals(expectedRows, shownRows);
        String baseline = widget.locator(".rt-baseline").innerText();
        assertTrue(
                baseline.contains(
                        String.format(
                                java.util.Locale.ROOT,
                                "acierta 747 de las %,d noticias de prueba",
                                testTotal)),
                baseline);
        assertTrue(
                baseline.contains(
                        String.format(
                                java.util.Locale.ROOT, "del %.1f %%", 100.0 * 747 / testTotal)),
                baseline);
        screenshot(widget, "demo-reuters-topics-light");
        page.setViewportSize(390, 900);
        awaitRepaint();
        assertEquals(
                0L,
                ((Number)
                                page.evaluate(
                                        "() => document.querySelector('.rt-plot').scrollWidth - document.querySelector('.rt-plot').clientWidth"))
                        .longValue(),
                "the chart fits a phone");
        screenshot(widget, "demo-reuters-topics-phone");
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void lesson38StandardizesBothSetsWithTheTrainingStatistics() {
        BostonFacts boston = DatasetFacts.boston();
        open("3.8");
        Locator widget = page.locator("[data-widget=\"boston-features\"]");
        assertEquals(statistics(boston.train()), table(widget, "train"));
        assertEquals(statistics(boston.test()), table(widget, "test"));
        assertEquals(
                DatasetFacts.three(DatasetFacts.mean(boston.train(), 0)),
                widget.locator("[data-side=train] tr[data-feature=CRIM] td").first().innerText(),
                "the training CRIM mean");
        assertTrue(
                widget.locator(".bf-note")
                        .innerText()
                        .contains(
                                "la media de TAX es "
                                        + DatasetFacts.three(DatasetFacts.mean(boston.train(), 9))),
                widget.locator(".bf-note").innerText());
        screenshot(widget, "demo-boston-features-light");

        widget.locator("button").click();
        page.waitForSelector(".bf-state[data-view=standardized]");
        double[][] train = standardized(boston.train(), boston.train());
        double[][] test = standardized(boston.test(), boston.train());
        List<List<String>> trainTable = statistics(train);
        assertEquals(trainTable, table(widget, "train"));
        for (List<String> row : trainTable) {
            assertEquals(List.of("0.000", "1.000"), row.subList(1, 3), row.get(0));
        }
        assertEquals(statistics(test), table(widget, "test"));
        assertTrue(widget.locator(".bf-note").innerText().contains("no del todo"));
        assertTrue(widget.locator(".bf-leak").innerText().contains("fuga"));
        page.locator(".theme-toggle").click();
        screenshot(widget, "demo-boston-features-dark");

        widget.locator("button").click();
        page.waitForSelector(".bf-state[data-view=original]");
        assertEquals(statistics(boston.test()), table(widget, "test"));
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    @Test
    void theDemosSpeakEnglishToo() {
        open("3.8");
        page.locator(".topnav a[hreflang=en]").click();
        Locator widget = page.locator("[data-widget=\"boston-features\"]");
        assertEquals(
                "Standardize with the training statistics", widget.locator("button").innerText());
        assertEquals(
                "Training (404 houses)", widget.locator("[data-side=train] caption").innerText());
        open("3.2");
        assertEquals("1 start", page.locator(".ir-tok").first().textContent());
        open("3.6");
        assertTrue(
                page.locator(".rt-baseline").innerText().startsWith("Always answering \"earn\""));
        assertTrue(consoleErrors.isEmpty(), consoleErrors.toString());
    }

    /**
     * The lesson's page. The first request for a dataset may wait for the start-up warm-up, which
     * loads the text datasets: on a busy machine that is longer than Playwright's 30 s.
     */
    private void open(String lesson) {
        page.navigate(
                base + "lessons/" + lesson,
                new com.microsoft.playwright.Page.NavigateOptions().setTimeout(180_000));
    }

    /** (x − mean) / std of each column, with the mean and deviation of {@code reference}. */
    private static double[][] standardized(double[][] rows, double[][] reference) {
        double[][] scaled = new double[rows.length][13];
        for (int j = 0; j < 13; j++) {
            double mean = DatasetFacts.mean(reference, j);
            double std = DatasetFacts.std(reference, j);
            for (int i = 0; i < rows.length; i++) {
                scaled[i][j] = (rows[i][j] - mean) / std;
            }
        }
        return scaled;
    }

    private static final List<String> FEATURES =
            List.of(
                    "CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE", "DIS", "RAD", "TAX",
                    "PTRATIO", "B", "LSTAT");

    /** Each feature's name, mean, deviation, minimum and maximum, printed with three decimals. */
    private static List<List<String>> statistics(double[][] rows) {
        List<List<String>> table = new ArrayList<>();
        for (int j = 0; j < 13; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : rows) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            table.add(
                    List.of(
                            FEATURES.get(j),
                            DatasetFacts.three(DatasetFacts.mean(rows, j)),
                            DatasetFacts.three(DatasetFacts.std(rows, j)),
                            DatasetFacts.three(min),
                            DatasetFacts.three(max)));
        }
        return table;
    }

    private static List<List<String>> table(Locator widget, String side) {
        List<List<String>> table = new ArrayList<>();
        for (Locator row : widget.locator("[data-side=" + side + "] tbody tr").all()) {
            table.add(row.locator("th, td").allInnerTexts());
        }
        return table;
    }
}
