package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the {@code gradient-descent} widget (lesson 1.10), in Spanish;
 * {@code messages/wGradientDescent_en.properties} has the English ones.
 */
@MessageBundle(value = "wGradientDescent", locale = "es")
public interface GradientDescentWidgetMessages {

    @Message("Descenso del gradiente, paso a paso")
    String title();

    @Message(
            "Elige una función de pérdida, una tasa de aprendizaje y un punto de partida, y baja paso a paso en contra del gradiente.")
    String intro();

    @Message("Función de pérdida")
    String function();

    @Message("Parábola: (w − 3)² + 1")
    String functionQuad();

    @Message("No convexa: dos mínimos")
    String functionNonconvex();

    @Message("Cuenco alargado 2D: w₁² + 10·w₂²")
    String functionBowl();

    @Message("Tasa de aprendizaje η")
    String learningRate();

    @Message("Tasa de aprendizaje, escala logarítmica de 0.001 a 1.2")
    String learningRateSlider();

    @Message("Valor de la tasa de aprendizaje")
    String learningRateValue();

    @Message("Punto de partida w₀")
    String start();

    @Message("w₁ inicial")
    String startW1();

    @Message("w₂ inicial")
    String startW2();

    @Message("Momento (momentum, β = 0.9)")
    String momentum();

    @Message("Un paso")
    String oneStep();

    @Message("10 pasos")
    String tenSteps();

    @Message("Reiniciar")
    String reset();

    @Message("Paso")
    String step();

    @Message("Gradiente")
    String gradient();

    @Message("Pulsa sobre el gráfico para empezar desde otro punto.")
    String clickHint();

    @Message("Curva de la pérdida con el recorrido de w")
    String plot1d();

    @Message("Curvas de nivel de la pérdida con el recorrido de (w₁, w₂)")
    String plot2d();

    @Message("mínimo global")
    String globalMinimum();

    @Message("mínimo local")
    String localMinimum();

    @Message("Pulsa «Un paso» para dar el primer paso cuesta abajo.")
    String statusStart();

    @Message("Bajando: cada paso reduce la pérdida.")
    String statusDescending();

    @Message("En este paso la pérdida ha subido: el paso se ha pasado del fondo del valle.")
    String statusUp();

    @Message(
            "La pérdida ha subido: la inercia del momento lo ha llevado más allá del fondo, como una bola que rueda.")
    String statusUpMomentum();

    @Message("Salta de un lado a otro del mínimo: la tasa de aprendizaje está cerca del límite.")
    String statusOscillate();

    @Message(
            "La pérdida baja, pero avanza muy despacio: con una tasa tan pequeña harían falta muchísimos pasos.")
    String statusCrawl();

    @Message(
            "¡Cuidado, diverge! La pérdida crece sin control: la tasa de aprendizaje es demasiado grande.")
    String statusDiverge();

    @Message("Los números ya son enormes: pulsa «Reiniciar» y prueba una tasa más pequeña.")
    String statusStopped();

    @Message("Ha llegado al mínimo: el gradiente es prácticamente 0.")
    String statusConverged();

    @Message("Se ha quedado en un mínimo local: el gradiente es 0, pero hay un valle más profundo.")
    String statusLocal();

    @Message("Paso {n}: w = {w}, L(w) = {loss}, gradiente = {grad}.")
    String live(String n, String w, String loss, String grad);
}
