package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.runs.RunEvent;
import dev.neurona.runs.events.ClassificationResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The misclassified gallery of a finished run names what its dataset holds: digits for MNIST, garments for Fashion-MNIST. */
@QuarkusTest
class ResultGalleryTest {

    private static final List<String> GARMENTS =
            List.of(
                    "T-shirt/top",
                    "Trouser",
                    "Pullover",
                    "Dress",
                    "Coat",
                    "Sandal",
                    "Shirt",
                    "Sneaker",
                    "Bag",
                    "Ankle boot");
    private static final List<String> DIGITS =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Inject RunEventRenderer renderer;

    /** A result of ten classes whose one shown mistake is a class-6 image taken for class 0. */
    private String render(String dataset, List<String> classes, Locale locale) {
        List<List<Integer>> confusion = new ArrayList<>();
        for (int row = 0; row < 10; row++) {
            List<Integer> cells = new ArrayList<>();
            for (int column = 0; column < 10; column++) {
                cells.add(row == column ? 900 : row == 6 && column == 0 ? 100 : 0);
            }
            confusion.add(cells);
        }
        ClassificationResult result =
                new ClassificationResult(
                        dataset,
                        10_000,
                        0.3,
                        0.89,
                        classes,
                        confusion,
                        List.of(new ClassificationResult.Misclassified(42, 6, 0, 0.71)),
                        Optional.empty());
        return renderer.render(new RunEvent(1, result), "run-1", locale);
    }

    @Test
    void fashionMnistShowsGarmentsNotDigits() {
        String html = render("fashion-mnist", GARMENTS, Locale.forLanguageTag("es"));
        assertTrue(html.contains("Algunas prendas mal clasificadas"), html);
        assertTrue(html.contains("alt=\"Prenda de Fashion-MNIST con la etiqueta Shirt\""), html);
        assertTrue(html.contains("src=\"/datasets/fashion-mnist/test/42.png\""), html);
        assertFalse(
                html.contains("dígito") || html.contains("Dígito") || html.contains("de MNIST"),
                html);
        assertTrue(html.contains("Exhaustividad (recall) por clase"), html);

        String english = render("fashion-mnist", GARMENTS, Locale.ENGLISH);
        assertTrue(english.contains("Some misclassified garments"), english);
        assertTrue(english.contains("alt=\"Fashion-MNIST garment labelled Shirt\""), english);
    }

    @Test
    void mnistStillShowsDigits() {
        String html = render("mnist", DIGITS, Locale.forLanguageTag("es"));
        assertTrue(html.contains("Algunos dígitos mal clasificados"), html);
        assertTrue(html.contains("alt=\"Dígito de MNIST con la etiqueta 6\""), html);
        assertFalse(html.contains("prenda"), html);
    }
}
