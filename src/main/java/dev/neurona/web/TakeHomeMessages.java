package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Strings of an exercise's "Ejecútalo tú mismo" box (templates/takehome-box.html) and the prose of
 * the notebook it downloads; {@code messages/takehome_en.properties} has the English ones.
 */
@MessageBundle(value = "takehome", locale = "es")
public interface TakeHomeMessages {

    @Message("Ejecútalo tú mismo")
    String title();

    @Message(
            "Descarga el código de la configuración actual del formulario y entrénala en tu computadora o en Colab.")
    String intro();

    @Message("Notebook de Keras (.ipynb)")
    String notebook();

    @Message("Proyecto DL4J (.zip)")
    String project();

    /** Followed by the command, in code type. */
    @Message("Un proyecto Maven: descomprímelo y ejecuta")
    String projectHelp();

    @Message("El código se genera con los valores del formulario; corrige antes estos: {details}")
    String errForm(String details);

    @Message(
            "Este ejercicio no tiene proyecto DL4J: DL4J no carga estos datos por sí solo. Usa el notebook de Keras.")
    String errNoProject();

    @Message("No se pudo descargar el archivo. Revisa tu conexión e inténtalo de nuevo.")
    String errNetwork();

    @Message("Lección {number}: {title}")
    String notebookTitle(String number, String title);

    @Message(
            "El ejercicio `{exercise}` de Neurona con la configuración que elegiste en el formulario. Ejecuta las celdas en orden (en Colab: *Entorno de ejecución → Ejecutar todas*). Los resultados se parecerán a los de Neurona, pero no serán idénticos: Keras inicializa los pesos y baraja los ejemplos con sus propios generadores.")
    String notebookIntro(String exercise);

    @Message("Datos")
    String data();

    @Message("Modelo")
    String model();

    @Message("Entrenamiento")
    String fit();

    @Message("Evaluación con el conjunto de prueba")
    String evaluate();

    @Message(
            "Los puntos se generan con la misma receta y la misma semilla que en Neurona (con una copia de `java.util.Random` de Java), así que son exactamente los puntos y la misma división entre entrenamiento y prueba que viste.")
    String generator();

    @Message(
            "**Estos datos no son idénticos a los de Neurona.** `keras.datasets.reuters` tiene 11 228 artículos (8982 de entrenamiento y 2246 de prueba) porque también guarda los que tienen varios temas, bajo el primero de ellos; Neurona usa los 8604 artículos de un solo tema (6883 de entrenamiento y 1721 de prueba). El método es el mismo: espera curvas y una exactitud (accuracy) parecidas, no los mismos números.")
    String reutersNote();

    @Message(
            "**Estos datos no son idénticos a los de Neurona.** `keras.datasets.imdb` tiene las mismas 50 000 reseñas, pero con la división original en entrenamiento y prueba y su propio índice de palabras; Neurona las reparte al azar (con semilla fija, 12 500 de cada clase en cada mitad) y cuenta su vocabulario en sus reseñas de entrenamiento. Espera una exactitud (accuracy) parecida, no la misma.")
    String imdbNote();

    @Message(
            "**Estos datos no son idénticos a los de Neurona.** `keras.datasets.boston_housing` tiene las mismas 506 zonas y la misma división en tamaño (404 de entrenamiento y 102 de prueba), pero elige otras 102 zonas de prueba. Espera un error (MAE) de prueba parecido, no el mismo.")
    String bostonNote();
}
