package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonSearchTest {

    private final LessonSearch search = new LessonSearch(List.of(
            new Lesson("1.4", 1, 4, "Tu primera red neuronal", "MNIST y una red densa", "Entrenamos durante cinco épocas con `fit`.\n\n```python\nsecreto = 1\n```"),
            new Lesson("1.8", 1, 8, "Funciones de activación", "ReLU, sigmoide y softmax", "La sigmoide da una probabilidad: $\\sigma(z)$."),
            new Lesson("3.4", 3, 4, "Regularización — Dropout", "Sobreajuste", "Dropout apaga neuronas al azar durante las épocas de entrenamiento.")));

    @Test
    void ignoresAccentsAndCase() {
        List<LessonSearch.Hit> hits = search.search("EPOCAS", 10);
        assertEquals(List.of("1.4", "3.4"), hits.stream().map(h -> h.lesson().id()).toList());
        assertTrue(hits.get(0).snippet().contains("épocas"), hits.get(0).snippet());
    }

    @Test
    void titleMatchesRankFirstAndEveryWordMustAppear() {
        assertEquals("3.4", search.search("dropout", 10).get(0).lesson().id());
        assertEquals(List.of("3.4"), search.search("dropout épocas", 10).stream().map(h -> h.lesson().id()).toList());
        assertTrue(search.search("dropout sigmoide", 10).isEmpty());
    }

    @Test
    void codeAndMathAreNotSearched() {
        assertTrue(search.search("secreto", 10).isEmpty());
        assertTrue(search.search("sigma", 10).isEmpty());
        assertTrue(search.search("  ", 10).isEmpty());
    }
}
