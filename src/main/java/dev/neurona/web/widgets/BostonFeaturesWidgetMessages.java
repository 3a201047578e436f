package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of lesson 3.8's feature table; {@code messages/wBostonFeatures_en.properties} has the English ones. */
@MessageBundle(value = "wBostonFeatures", locale = "es")
public interface BostonFeaturesWidgetMessages {

    @Message("Las 13 características, antes y después de estandarizar")
    String title();

    @Message(
            "La media, la desviación estándar, el mínimo y el máximo de cada característica, en las viviendas de entrenamiento y en las de prueba.")
    String intro();

    @Message("Estandarizar con las estadísticas de entrenamiento")
    String standardize();

    @Message("Volver a los valores originales")
    String original();

    @Message("Valores originales, en sus propias unidades.")
    String showingOriginal();

    @Message(
            "Valores estandarizados: a las dos tablas se les restó la media del entrenamiento y se dividieron entre su desviación estándar.")
    String showingStandardized();

    @Message("Entrenamiento ({count} viviendas)")
    String trainCaption(String count);

    @Message("Prueba ({count} viviendas)")
    String testCaption(String count);

    @Message("Característica")
    String colFeature();

    @Message("Media")
    String colMean();

    @Message("Desv. estándar")
    String colStd();

    @Message("Mínimo")
    String colMin();

    @Message("Máximo")
    String colMax();

    @Message(
            "El entrenamiento queda con media 0 y desviación 1 exactas; la prueba no del todo (en {feature}, media {mean} y desviación {std}), porque se transformó con la media y la desviación del entrenamiento, no con las suyas. Así debe ser.")
    String standardizedNote(String feature, String mean, String std);

    @Message(
            "Fíjate en las escalas: en el entrenamiento, la media de TAX es {tax} y la de NOX, {nox}. Estandarizar deja cada característica en torno a 0, con desviación 1, y así ninguna domina las sumas de la red solo por sus unidades.")
    String originalNote(String tax, String nox);

    @Message(
            "Cuidado con la fuga: estandarizar la prueba con su propia media y desviación (o con las de las 506 viviendas) la dejaría en 0 y 1 exactos, pero metería información de la prueba en la preparación de los datos, y la evaluación final saldría optimista. Las estadísticas salen solo del entrenamiento.")
    String leak();
}
