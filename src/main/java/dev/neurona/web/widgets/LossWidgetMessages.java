package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the loss-function widget (lesson 1.9); English in {@code messages/wLoss_en.properties}. */
@MessageBundle(value = "wLoss", locale = "es")
public interface LossWidgetMessages {

    @Message("Calcula la pérdida término a término")
    String title();

    @Message("Escribe las etiquetas reales y y las predicciones ŷ de la red. La tabla muestra lo que aporta cada ejemplo al error cuadrático medio (MSE) y a la entropía cruzada binaria.")
    String intro();

    @Message("y (valores reales)")
    String yLabel();

    @Message("ŷ (predicciones)")
    String yHatLabel();

    @Message("Números separados por comas, con punto decimal.")
    String listHint();

    @Message("Escribe al menos un número.")
    String empty();

    @Message("«%value» no es un número.")
    String notANumber();

    @Message("y tiene %y valores y ŷ tiene %yhat: deben tener los mismos.")
    String lengths();

    @Message("Para la entropía cruzada, ŷ debe estar entre 0 y 1 (%value no lo está).")
    String yHatRange();

    @Message("Para la entropía cruzada binaria, y debe estar entre 0 y 1 (%value no lo está).")
    String yRange();

    @Message("Términos de la pérdida para cada ejemplo")
    String tableCaption();

    @Message("Ejemplo")
    String example();

    @Message("Entropía cruzada")
    String crossEntropy();

    @Message("Media")
    String mean();

    @Message("MSE")
    String mse();

    @Message("Entropía cruzada media")
    String meanCrossEntropy();

    @Message("Para no calcular log 0 (que es −∞), ŷ se recorta al intervalo [1e-7, 1 − 1e-7] antes del logaritmo, como hace Keras. log es el logaritmo natural.")
    String clipNote();

    @Message("recortado")
    String clipped();

    @Message("Corrige los datos para ver la pérdida.")
    String fixInput();

    @Message("Clasificación con varias clases: entropía cruzada categórica")
    String categoricalTitle();

    @Message("Con una etiqueta one-hot solo cuenta la probabilidad que la red dio a la clase correcta: el resto de términos se multiplican por 0.")
    String categoricalIntro();

    @Message("y (one-hot)")
    String yOneHotLabel();

    @Message("ŷ (probabilidades de softmax)")
    String yHatSoftmaxLabel();

    @Message("Las probabilidades de ŷ suman %sum, no 1: una salida softmax siempre suma 1.")
    String notNormalized();

    @Message("Pérdida")
    String loss();
}
