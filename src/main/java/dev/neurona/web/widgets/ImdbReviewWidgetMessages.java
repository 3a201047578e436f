package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of lesson 3.2's review decoder; {@code messages/wImdbReview_en.properties} has the English ones. */
@MessageBundle(value = "wImdbReview", locale = "es")
public interface ImdbReviewWidgetMessages {

    @Message("Prueba tú: descodifica y vectoriza una reseña")
    String title();

    @Message(
            "Una reseña real del conjunto de entrenamiento, tal como la ve Neurona: su texto, su lista de índices descodificada palabra a palabra con el índice de palabras de entrenamiento y las posiciones que se encienden en su vector multi-hot.")
    String intro();

    @Message("Reseña de entrenamiento (0 a {last})")
    String indexLabel(String last);

    @Message("Mostrar")
    String show();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Otra al azar")
    String random();

    @Message("Reseña {index}")
    String reviewHeading(String index);

    @Message("positiva (etiqueta 1)")
    String positive();

    @Message("negativa (etiqueta 0)")
    String negative();

    @Message("El texto")
    String textHeading();

    @Message("Texto de la reseña {index}")
    String textRegion(String index);

    @Message("Índices, descodificados")
    String indicesHeading();

    @Message(
            "{count} índices: el 1 de inicio y uno por palabra. {unknown} palabras quedan fuera de las 10,000 posiciones y son un 2.")
    String indicesSummary(String count, int unknown);

    @Message("Índices de la reseña {index}, con su palabra")
    String indicesRegion(String index);

    @Message("inicio")
    String startMarker();

    @Message("relleno")
    String paddingMarker();

    @Message("palabra desconocida")
    String unknownWord();

    @Message(
            "Reservados: 0 = relleno, 1 = inicio, 2 = palabra desconocida (se muestra «?»). Una palabra de puesto r tiene el índice r + 3.")
    String reserved();

    @Message("El vector multi-hot")
    String vectorHeading();

    @Message("{ones} unos de {width} posiciones")
    String ones(String ones, String width);

    @Message(
            "Las {ones} posiciones encendidas del vector multi-hot de la reseña {index}, entre 0 y 9,999")
    String stripLabel(String ones, String index);

    @Message("Posición en el vector (índice de palabra)")
    String stripAxis();

    @Message("1: la palabra está en la reseña")
    String legendOne();

    @Message("0: no está")
    String legendZero();

    @Message("posición {index}: {word}")
    String positionTitle(int index, String word);

    @Message(
            "Las posiciones 1 y 2 son marcas, no palabras: quedan en 0. Una palabra repetida enciende su posición una sola vez.")
    String vectorNote();

    @Message(
            "La reseña {index} no existe: el conjunto de entrenamiento tiene las reseñas 0 a {last}.")
    String errorOutside(String index, String last);

    @Message("Escribe un número entero entre 0 y {last}.")
    String errorNotNumber(String last);
}
