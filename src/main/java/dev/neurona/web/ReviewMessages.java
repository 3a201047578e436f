package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of lesson 3.3's "type a review" (templates/review-*.html); {@code messages/wReview_en.properties} has the English ones. */
@MessageBundle(value = "wReview", locale = "es")
public interface ReviewMessages {

    @Message("Prueba tu red: escribe una reseña")
    String title();

    @Message("Escribe en inglés la reseña de una película. Se convierte en un vector multi-hot con el mismo índice de 10 000 palabras que las reseñas de entrenamiento, y la red que acabas de entrenar dice qué probabilidad tiene de ser positiva.")
    String intro();

    @Message("Tu reseña (en inglés)")
    String label();

    @Message("A wonderful film: brilliant acting and a moving story. I loved it.")
    String placeholder();

    @Message("Puntuar reseña")
    String submit();

    @Message("Positiva")
    String positive();

    @Message("Negativa")
    String negative();

    @Message("Probabilidad de que sea positiva: {percent} %")
    String probability(String percent);

    @Message("Probabilidad de que la reseña sea positiva")
    String meterLabel();

    @Message("Lo que ve la red")
    String wordsTitle();

    @Message("en el índice: entra en la red")
    String legendKnown();

    @Message("fuera de las 10 000 palabras: se ignora")
    String legendUnknown();

    @Message("Palabras distintas en el índice (cada una pone un 1 en su columna): {known}. Fuera del índice (la red no las ve): {unknown}. Repetir una palabra no cambia nada: el vector solo dice si aparece.")
    String wordsHelp(int known, int unknown);

    @Message("Ninguna palabra de tu reseña está en el índice: la red recibe un vector de ceros y su respuesta solo refleja los sesgos.")
    String noKnownWords();

    @Message("Escribe una reseña (con palabras, no solo números o signos) antes de puntuarla.")
    String errorEmpty();

    @Message("La reseña es demasiado larga: tiene {length} caracteres y el máximo es {max}.")
    String errorTooLong(int length, int max);

    @Message("Este entrenamiento no existe.")
    String errorNoRun();

    @Message("Este entrenamiento no es de reseñas IMDB: solo un modelo entrenado con IMDB sabe puntuarlas.")
    String errorNotImdb();

    @Message("Este entrenamiento aún no ha terminado: espera a que acabe para puntuar reseñas.")
    String errorNotFinished();

    @Message("Este entrenamiento no tiene modelo guardado (se detuvo, falló o el modelo ya no está disponible).")
    String errorNoModel();

    @Message("Este modelo no da una probabilidad válida (NaN): su entrenamiento divergió. Prueba con una tasa de aprendizaje más pequeña.")
    String errorUnusable();
}
