package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryLinkerTest {

    private final LessonRenderer renderer =
            new LessonRenderer(
                    new Glossary(
                            List.of(
                                    new Glossary.Term(
                                            "epoca",
                                            "época",
                                            "epoch",
                                            "Una pasada completa por los datos.",
                                            List.of("época", "épocas"),
                                            List.of("epoch")),
                                    new Glossary.Term(
                                            "neurona",
                                            "neurona",
                                            "neuron",
                                            "La unidad de cálculo de una red.",
                                            List.of("neurona", "neuronas"),
                                            List.of()),
                                    new Glossary.Term(
                                            "relu",
                                            "ReLU",
                                            "ReLU",
                                            "max(0, z).",
                                            List.of("relu"),
                                            List.of()))));

    private String html(String markdown) {
        StringBuilder out = new StringBuilder();
        renderer.render(markdown).segments().forEach(s -> out.append(s.html()));
        return out.toString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void linksOnlyTheFirstUseOfATerm() {
        String html = html("Cada época cuenta.\n\nOtra época más y varias épocas.");
        assertEquals(1, count(html, "href=\"/glossary#epoca\""), html);
        assertTrue(
                html.contains(
                        "<a href=\"/glossary#epoca\" title=\"Una pasada completa por los datos.\" class=\"term\">época</a>"),
                html);
    }

    @Test
    void leavesHeadingsCodeAndPartsOfWordsAlone() {
        String html = html("## La época\n\nUsa `epoch` en código. Las neuronales no cuentan.");
        assertFalse(html.contains("glossary#epoca"), html);
        assertFalse(html.contains("glossary#neurona"), html);
    }

    @Test
    void aCapitalisedNameMidSentenceIsNotTheTerm() {
        String html = html("Esta plataforma se llama Neurona. Una neurona suma.");
        assertTrue(html.contains("Neurona. Una <a href=\"/glossary#neurona\""), html);
        assertTrue(html.contains(">ReLU</a>") == false);
        assertTrue(html("Usamos ReLU en las capas ocultas.").contains(">ReLU</a>"));
    }
}
