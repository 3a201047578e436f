package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of lesson 3.6's topic distribution; {@code messages/wReutersTopics_en.properties} has the English ones. */
@MessageBundle(value = "wReutersTopics", locale = "es")
public interface ReutersTopicsWidgetMessages {

    @Message("Los 46 temas de Reuters, contados")
    String title();

    @Message(
            "Cuántas noticias tiene cada tema en el conjunto de entrenamiento y en el de prueba, del más frecuente al menos frecuente. Pasa el puntero por una barra para ver sus cifras; la tabla de abajo las tiene todas.")
    String intro();

    @Message("Entrenamiento ({count} noticias)")
    String trainLegend(String count);

    @Message("Prueba ({count} noticias)")
    String testLegend(String count);

    @Message("Tema")
    String topicAxis();

    @Message("Noticias")
    String countAxis();

    @Message("{topic}: {train} de entrenamiento ({trainShare} %), {test} de prueba ({testShare} %)")
    String rowTitle(String topic, String train, String trainShare, String test, String testShare);

    @Message(
            "Gráfico de barras de las noticias por tema. {first} tiene {firstTrain} de entrenamiento y {firstTest} de prueba; {second}, {secondTrain} y {secondTest}; el tema con menos, {last}, tiene {lastTrain} y {lastTest}.")
    String chartLabel(
            String first,
            String firstTrain,
            String firstTest,
            String second,
            String secondTrain,
            String secondTest,
            String last,
            String lastTrain,
            String lastTest);

    @Message("{first} y {second} reúnen el {share} % de las noticias de entrenamiento.")
    String dominance(String first, String second, String share);

    @Message(
            "Responder siempre «{topic}» sin leer nada acierta {hits} de las {total} noticias de prueba: una exactitud (accuracy) del {accuracy} %. Esa es la cifra que la red debe superar, no el {chance} % de adivinar al azar entre 46 temas.")
    String baseline(String topic, String hits, String total, String accuracy, String chance);

    @Message("Ver la tabla con los 46 temas")
    String tableToggle();

    @Message("Noticias por tema en entrenamiento y prueba")
    String tableCaption();

    @Message("Puesto")
    String colRank();

    @Message("Entrenamiento")
    String colTrain();

    @Message("Prueba")
    String colTest();

    @Message("% de entrenamiento")
    String colTrainShare();

    @Message("% de prueba")
    String colTestShare();
}
