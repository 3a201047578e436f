package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the {@code backprop} widget (lesson 1.11), in Spanish;
 * {@code messages/wBackprop_en.properties} has the English ones.
 */
@MessageBundle(value = "wBackprop", locale = "es")
public interface BackpropWidgetMessages {

    @Message("Backpropagation en un grafo de cómputo")
    String title();

    @Message("Calcula J = 3(a + b·c) nodo a nodo hacia delante y después reparte la derivada hacia atrás con la regla de la cadena.")
    String intro();

    @Message("Entradas")
    String inputs();

    @Message("Paso adelante")
    String next();

    @Message("Paso atrás")
    String previous();

    @Message("Reiniciar")
    String reset();

    @Message("Paso {n} de {total}")
    String stepOf(String n, String total);

    @Message("Hacia delante: los valores")
    String forward();

    @Message("Hacia atrás: las derivadas")
    String backward();

    @Message("Grafo de cómputo de J = 3(a + b·c)")
    String graphTitle();

    @Message("Las entradas a, b y c entran en los nodos u = b·c, v = a + u y J = 3v. Cada nodo muestra su valor y, tras la pasada hacia atrás, la derivada de J respecto a él.")
    String graphDescription();

    @Message("Las entradas ya tienen valor. Pulsa «Paso adelante» para calcular el grafo nodo a nodo.")
    String explainStart();

    @Message("Hacia delante: el nodo u multiplica b por c.")
    String explainU();

    @Message("Hacia delante: el nodo v suma a y u.")
    String explainV();

    @Message("Hacia delante: J multiplica v por 3. Ya tenemos la salida; ahora toca ir hacia atrás.")
    String explainJ();

    @Message("Hacia atrás: empezamos por la salida. Como J = 3v, cada unidad que sube v sube J en 3.")
    String explainDv();

    @Message("Hacia atrás: v = a + u, así que la derivada local ∂v/∂u vale 1. La regla de la cadena multiplica: 3 · 1.")
    String explainDu();

    @Message("Hacia atrás: en la misma suma, ∂v/∂a también vale 1, así que ∂J/∂a = 3 · 1.")
    String explainDa();

    @Message("Hacia atrás: u = b·c, así que ∂u/∂b = c. La derivada que llega a u (3) se multiplica por c.")
    String explainDb();

    @Message("Hacia atrás: ∂u/∂c = b, así que ∂J/∂c = 3b. Listo: ya sabemos cuánto cambia J con cada entrada.")
    String explainDc();
}
