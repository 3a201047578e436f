package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Strings of the {@code scratch} widget, module 2's hand-written network (lessons 2.2–2.5), and of
 * its JSON errors; {@code messages/wScratch_en.properties} has the English ones.
 */
@MessageBundle(value = "wScratch", locale = "es")
public interface ScratchWidgetMessages {

    @Message("Prueba tú: el disco, el anillo y los parámetros")
    String titleData();

    @Message("Genera los 1000 puntos con una semilla y mira los pesos y sesgos recién sorteados entre −1 y 1. Cambia la semilla: los puntos y los valores cambian, las formas no.")
    String introData();

    @Message("Prueba tú: la pasada hacia delante, capa a capa")
    String titleForward();

    @Message("La red [2, 4, 8, 1] procesa los 1000 puntos a la vez. Avanza capa a capa y observa cómo cambia la segunda dimensión en cada producto, mientras la activación conserva la forma.")
    String introForward();

    @Message("Prueba tú: un paso del gradiente")
    String titleBackward();

    @Message("Una pasada hacia delante, la retropropagación y una actualización de los 61 parámetros. Tus gradientes se comparan con los de DL4J para la misma red y los mismos pesos.")
    String introBackward();

    @Message("Prueba tú: entrena la red desde cero")
    String titleTrain();

    @Message("Descenso del gradiente de lote completo con los 1000 puntos. El MSE se apunta cada 100 iteraciones y el mapa de decisión se redibuja mientras la red aprende.")
    String introTrain();

    @Message("Semilla")
    String seed();

    @Message("Entero de 0 a 999999")
    String seedHint();

    @Message("Tasa de aprendizaje")
    String learningRate();

    @Message("De 0.0001 a 0.002")
    String learningRateHint();

    @Message("Iteraciones")
    String iterations();

    @Message("De 10000 a 50000")
    String iterationsHint();

    @Message("Generar")
    String generate();

    @Message("Generar la red")
    String generateNetwork();

    @Message("Dar un paso")
    String takeStep();

    @Message("Entrenar")
    String train();

    @Message("Detener")
    String stop();

    @Message("Continuar")
    String resume();

    @Message("Los datos: X (1000, 2) e Y (1000, 1)")
    String scatterTitle();

    @Message("Diagrama de dispersión de {n} puntos en el plano (x₁, x₂): el disco interior es la clase 0 y el anillo exterior, la clase 1.")
    String scatterLabel(String n);

    @Message("Disco (clase 0)")
    String class0();

    @Message("Anillo (clase 1)")
    String class1();

    @Message("La red dice «disco»")
    String region0();

    @Message("La red dice «anillo»")
    String region1();

    @Message("Los parámetros iniciales")
    String parametersTitle();

    @Message("Valores uniformes en [−1, 1). Fondo azul: positivo; naranja: negativo; más intenso cuanto mayor es el valor absoluto.")
    String parametersNote();

    @Message("Los pasos de la pasada hacia delante")
    String pipelineLabel();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Entrada")
    String stageInput();

    @Message("Capa {l}")
    String stageLayer(String l);

    @Message("Paso {s} de {n}")
    String stepOf(String s, String n);

    @Message("Los datos entran tal cual: una fila por punto y una columna por característica. A⁰ = X.")
    String inputExplain();

    @Message("Cada una de las {units} neuronas de la capa {l} hace su suma ponderada de todos los puntos a la vez; la ReLU anula los negativos y conserva la forma.")
    String hiddenExplain(String l, String units);

    @Message("Una sola neurona de salida: la sigmoide lleva cada suma a (0, 1), la probabilidad de que el punto sea del anillo.")
    String outputExplain();

    @Message("Salida A3 (1000, 1): media {mean}, entre {min} y {max}. MSE frente a Y: {mse}.")
    String outputSummary(String mean, String min, String max, String mse);

    @Message("primeras {k} de {n} filas")
    String rowsOf(String k, String n);

    @Message("fila")
    String row();

    @Message("MSE antes")
    String mseBefore();

    @Message("MSE después")
    String mseAfter();

    @Message("Cambio")
    String mseChange();

    @Message("Comparación con DL4J")
    String checkTitle();

    @Message("DL4J deriva (ŷ − y)² sin el ½: sus gradientes de los pesos son el doble de los nuestros, y los de los sesgos suman los 1000 puntos en vez de promediarlos (2 · 1000). Multiplicamos los nuestros por ese factor y medimos la mayor diferencia, relativa al mayor valor de DL4J.")
    String checkNote();

    @Message("Parámetro")
    String parameter();

    @Message("Forma")
    String shape();

    @Message("Factor esperado")
    String expectedFactor();

    @Message("Factor observado")
    String observedFactor();

    @Message("Diferencia relativa máx.")
    String difference();

    @Message("Resultado")
    String result();

    @Message("coincide")
    String matches();

    @Message("no coincide")
    String differs();

    @Message("Tus gradientes coinciden con los de DL4J (y el MSE también).")
    String matchYes();

    @Message("Tus gradientes no coinciden con los de DL4J.")
    String matchNo();

    @Message("Antes, gradiente y después: W −= lr · dW, b −= lr · mean(dZ)")
    String updateTitle();

    @Message("antes")
    String before();

    @Message("gradiente")
    String gradient();

    @Message("después")
    String after();

    @Message("Iteración")
    String iteration();

    @Message("Acierto (umbral 0.5)")
    String accuracy();

    @Message("Curva del error: MSE cada 100 iteraciones")
    String curveTitle();

    @Message("Mapa de decisión sobre [−1, 1]², con los puntos encima")
    String mapTitle();

    @Message("Mapa de decisión de la red tras {i} iteraciones, con los 1000 puntos de entrenamiento encima.")
    String mapLabel(String i);

    @Message("Iteración {i} de {n}")
    String progress(String i, String n);

    @Message("Entrenando…")
    String training();

    @Message("Detenido en la iteración {i}. Pulsa Continuar para seguir.")
    String stopped(String i);

    @Message("Entrenamiento terminado: MSE {mse}, acierto {acc}.")
    String finished(String mse, String acc);

    @Message("El servidor está ocupado; se reintentará en un momento…")
    String retrying();

    @Message("Datos y parámetros generados con la semilla {seed}.")
    String generated(String seed);

    @Message("El MSE pasó de {before} a {after}.")
    String stepped(String before, String after);

    @Message("No se pudo contactar con el servidor. Comprueba la conexión y vuelve a intentarlo.")
    String networkError();

    @Message("Envía un objeto JSON con los campos del formulario.")
    String errBody();

    @Message("No hay ningún entrenamiento en marcha: pulsa Entrenar para empezar uno.")
    String errNoTraining();

    @Message("Este entrenamiento ya está avanzando en otra pestaña o petición; espera un momento.")
    String errBusyLearner();

    @Message("El servidor está ocupado con otros entrenamientos; vuelve a intentarlo en unos segundos.")
    String errBusyServer();
}
