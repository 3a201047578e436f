package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the activation-functions widget (lesson 1.8); English in {@code messages/wActivations_en.properties}. */
@MessageBundle(value = "wActivations", locale = "es")
public interface ActivationsWidgetMessages {

    @Message("Explora las funciones de activación")
    String title();

    @Message("Elige una función y mueve z: la gráfica muestra g(z) y su derivada g′(z), que es lo que usa el descenso de gradiente para aprender.")
    String intro();

    @Message("Función de activación")
    String chooseFunction();

    @Message("Escalón")
    String step();

    @Message("Signo")
    String sign();

    @Message("Sigmoide")
    String sigmoid();

    @Message("Tanh")
    String tanh();

    @Message("ReLU")
    String relu();

    @Message("Lineal")
    String linear();

    @Message("Softmax")
    String softmax();

    @Message("Gráfica de la función de activación y de su derivada entre z = −5 y z = 5")
    String plotLabel();

    @Message("Valor de z")
    String zLabel();

    @Message("no definida")
    String undefinedValue();

    @Message("En z = 0 la derivada no existe (el salto es vertical); fuera de 0 vale 0, por eso estas funciones no sirven para aprender con gradientes.")
    String jumpNote();

    @Message("En z = 0 la derivada no existe; en la práctica se toma 0.")
    String reluNote();

    @Message("Dónde se usa:")
    String usedWhere();

    @Message("El perceptrón original. Hoy no se usa para entrenar: su derivada es 0 en todas partes, así que el gradiente no dice nada.")
    String useStep();

    @Message("Perceptrones con salidas −1 y +1. Mismo problema que el escalón: derivada 0.")
    String useSign();

    @Message("Capa de salida en clasificación binaria: convierte cualquier z en una probabilidad entre 0 y 1.")
    String useSigmoid();

    @Message("Capas ocultas de redes clásicas y recurrentes: como la sigmoide, pero centrada en 0 y entre −1 y 1.")
    String useTanh();

    @Message("La opción por defecto en las capas ocultas: barata de calcular y su derivada no se apaga para z > 0.")
    String useRelu();

    @Message("Capa de salida en regresión: deja pasar cualquier valor real sin limitarlo.")
    String useLinear();

    @Message("Capa de salida en clasificación multiclase: convierte un vector de puntuaciones en probabilidades que suman 1.")
    String useSoftmax();

    @Message("Vector z (separado por comas)")
    String vectorLabel();

    @Message("Entre 1 y 10 números separados por comas, con punto decimal.")
    String vectorHint();

    @Message("Escribe entre 1 y 10 números separados por comas.")
    String vectorCount();

    @Message("«%value» no es un número.")
    String notANumber();

    @Message("Salida de softmax para cada componente del vector")
    String barsLabel();

    @Message("Suma")
    String sum();

    @Message("Componente")
    String component();

    @Message("Derivada")
    String derivative();
}
