package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the perceptron widget (lesson 1.6); {@code messages/wNeuron_en.properties} has the English ones. */
@MessageBundle(value = "wNeuron", locale = "es")
public interface NeuronWidgetMessages {

    @Message("Prueba tú: una neurona con función escalón")
    String title();

    @Message("Mueve los pesos y el sesgo y mira qué responde la neurona a las cuatro combinaciones de entradas. Elige la puerta lógica que quieres que calcule.")
    String intro();

    @Message("Puerta lógica")
    String gate();

    @Message("Peso w₁")
    String weight1();

    @Message("Peso w₂")
    String weight2();

    @Message("Sesgo b")
    String bias();

    @Message("Activación escalón: la salida es 1 si z ≥ 0, y 0 si z < 0.")
    String activation();

    @Message("Tabla de verdad de {gate} con estos pesos")
    String tableCaption(String gate);

    @Message("salida")
    String output();

    @Message("esperada")
    String expected();

    @Message("¿acierta?")
    String check();

    @Message("correcta")
    String right();

    @Message("incorrecta")
    String wrong();

    @Message("Los cuatro puntos de la tabla en el plano x₁, x₂ y la recta w₁·x₁ + w₂·x₂ + b = 0 que separa lo que la neurona responde")
    String plotLabel();

    @Message("salida esperada 1")
    String legendOne();

    @Message("salida esperada 0")
    String legendZero();

    @Message("la neurona responde 1")
    String legendShade();

    @Message("fila incorrecta")
    String legendMiss();

    @Message("¡Las cuatro filas son correctas! Con estos pesos la neurona calcula {gate}.")
    String allRight(String gate);

    @Message("{right} de 4 filas correctas.")
    String someRight(String right);

    @Message("Mueve los pesos y el sesgo hasta que la recta deje los puntos rellenos en la zona sombreada y los huecos fuera.")
    String hint();

    @Message("Con XOR no lo conseguirás: ninguna recta deja (0, 1) y (1, 0) a un lado y (0, 0) y (1, 1) al otro. XOR no es linealmente separable, así que una sola neurona no puede calcularlo: hace falta una capa oculta (por ejemplo, una neurona OR y otra AND cuyas salidas combina una tercera).")
    String xorImpossible();

    @Message("Con w₁ = 0 y w₂ = 0 no hay recta: z vale b en todo el plano.")
    String noLine();
}
