package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The frame of every page, the course map, lessons and their navigation, quizzes, search and the
 * glossary, in Spanish; {@code messages/course_en.properties} has the English ones.
 */
@MessageBundle(value = "course", locale = "es")
public interface CourseMessages {

    @Message("Neurona")
    String appName();

    @Message("Un curso interactivo de redes neuronales")
    String tagline();

    @Message("Mapa del curso")
    String courseMap();

    @Message("Saltar al contenido")
    String skipToContent();

    @Message("Cambiar entre tema claro y oscuro")
    String toggleTheme();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Módulo {number}")
    String module(int number);

    @Message("Aún no escrita")
    String notWritten();

    @Message(
            "Esta lección aún no está escrita: el mapa del curso la muestra para que sepas qué viene.")
    String lessonNotWritten();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    // quizzes and placeholders
    @Message("Quiz")
    String quiz();

    @Message("{count} preguntas")
    String quizTitle(int count);

    @Message("Tu mejor puntuación: {best}")
    String bestScore(String best);

    @Message("Marca todas las correctas.")
    String chooseAll();

    @Message("Correcto.")
    String answerRight();

    @Message("No es así.")
    String answerWrong();

    @Message("Comprobar respuestas")
    String checkAnswers();

    @Message("Has acertado {correct} de {total}.")
    String quizScore(int correct, int total);

    @Message("Empezar de nuevo")
    String tryAgain();

    @Message("Próximamente")
    String comingSoon();

    // course map progress, search, glossary
    @Message("Continúa donde lo dejaste: {id} {title}")
    String continueWhereLeft(String id, String title);

    @Message("Empieza por la lección {id}: {title}")
    String startCourse(String id, String title);

    @Message("visitada")
    String visited();

    @Message("ejercicio hecho")
    String exerciseDone();

    @Message("Buscar en las lecciones")
    String searchLabel();

    @Message("Buscar: época, softmax, overfitting…")
    String searchPlaceholder();

    @Message("Buscar")
    String searchButton();

    @Message("Búsqueda en el curso")
    String searchTitle();

    @Message("Ninguna lección habla de «{query}».")
    String searchNoResults(String query);

    @Message("Glosario")
    String glossaryTitle();

    @Message(
            "Los términos del curso en español, con el nombre que usan Keras y la documentación en inglés.")
    String glossaryLead();
}
