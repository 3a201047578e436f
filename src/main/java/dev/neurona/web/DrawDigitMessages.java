package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of lesson 1.5's "draw a digit" (templates/draw-digit.html); {@code messages/wDraw_en.properties} has the English ones. */
@MessageBundle(value = "wDraw", locale = "es")
public interface DrawDigitMessages {

    @Message("Prueba tu red: dibuja una cifra")
    String title();

    @Message("Dibuja una cifra del 0 al 9 en el recuadro negro, grande y centrada: la red que acabas de entrenar dirá cuál cree que es.")
    String intro();

    @Message("Lienzo para dibujar una cifra con el ratón, el lápiz o el dedo")
    String canvasLabel();

    @Message("Para dibujar hace falta un ratón, un lápiz o una pantalla táctil: con el teclado solo puedes usar «Borrar».")
    String keyboardNote();

    @Message("Borrar")
    String clear();

    @Message("Lo que ve la red (28×28)")
    String seen();

    @Message("La red cree que es un")
    String prediction();

    @Message("Probabilidad de cada cifra")
    String probabilities();

    @Message("Dibuja una cifra para ver qué responde la red.")
    String empty();

    @Message("Pensando…")
    String thinking();

    @Message("La red cree que es un {digit}, con una probabilidad del {percent}.")
    String result(String digit, String percent);

    @Message("La capa de salida de esta red no es softmax: sus salidas se han escalado para que sumen 100 %.")
    String normalized();

    @Message("El modelo de este entrenamiento ya no está disponible.")
    String errorGone();

    @Message("El dibujo no se pudo enviar a la red: {detail}")
    String errorInput(String detail);

    @Message("Este modelo no da números válidos (NaN): su entrenamiento divergió. Prueba con una tasa de aprendizaje más pequeña.")
    String errorDiverged();

    @Message("No se pudo obtener la predicción. Inténtalo de nuevo.")
    String errorNetwork();
}
