package dev.neurona.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTest {

    static final String BODY = """
            id: demo
            ? ¿Cuánto vale $[5,4,1; 2,3,4] \\cdot [1,2,3]$?
            - [16, 20] *
            - [14, 22]
            > Fila por columna: 16 y 20.
            ? ¿Qué salidas dan probabilidades?
            - sigmoid *
            - softmax *
            - relu
            > Ambas están acotadas entre 0 y 1.
            """;

    @Test
    void readsQuestionsOptionsAndExplanations() {
        Quiz quiz = QuizParser.parse(BODY);
        assertEquals("demo", quiz.id());
        assertEquals(2, quiz.questions().size());
        Quiz.Question first = quiz.questions().get(0);
        assertTrue(first.text().contains("\\\\cdot") || first.text().contains("\\cdot"));
        assertFalse(first.isMultipleChoice());
        assertEquals("[16, 20]", first.options().get(0).text());
        assertTrue(first.options().get(0).correct());
        assertTrue(quiz.questions().get(1).isMultipleChoice());
        assertEquals("Ambas están acotadas entre 0 y 1.", quiz.questions().get(1).explanation());
    }

    @Test
    void scoresAQuestionOnlyWhenExactlyItsCorrectOptionsAreChosen() {
        Quiz quiz = QuizParser.parse(BODY);
        assertEquals(2, QuizScore.of(quiz, Map.of(0, Set.of(0), 1, Set.of(0, 1))).correct());
        assertEquals(1, QuizScore.of(quiz, Map.of(0, Set.of(0), 1, Set.of(0))).correct(), "a missing correct option");
        assertEquals(1, QuizScore.of(quiz, Map.of(0, Set.of(0), 1, Set.of(0, 1, 2))).correct(), "an extra wrong option");
        QuizScore none = QuizScore.of(quiz, Map.of());
        assertEquals(0, none.correct());
        assertFalse(none.answered(0));
        assertEquals(2, none.total());
    }

    @Test
    void refusesMalformedQuizzes() {
        assertThrows(IllegalArgumentException.class, () -> QuizParser.parse("? sin id\n- a *\n- b"));
        assertThrows(IllegalArgumentException.class, () -> QuizParser.parse("id: x\n? sin correcta\n- a\n- b"));
        assertThrows(IllegalArgumentException.class, () -> QuizParser.parse("id: x\n? una sola opción\n- a *"));
        assertThrows(IllegalArgumentException.class, () -> QuizParser.parse("id: x\nbasura"));
    }
}
