package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the architecture widget (lesson 1.7); {@code messages/wArchitecture_en.properties} has the English ones. */
@MessageBundle(value = "wArchitecture", locale = "es")
public interface ArchitectureWidgetMessages {

    @Message("Prueba tú: diseña una red y cuenta sus parámetros")
    String title();

    @Message("Elige cuántas entradas, capas ocultas y salidas tiene la red. Cada capa densa guarda una matriz de pesos m × n (m entradas por n unidades) y un sesgo por unidad.")
    String intro();

    @Message("Entradas")
    String inputs();

    @Message("Capas ocultas")
    String hiddenLayers();

    @Message("Salidas")
    String outputs();

    @Message("Oculta {n}")
    String hiddenLayer(String n);

    @Message("Unidades de la capa oculta {n}")
    String unitsOf(String n);

    @Message("Quitar la capa oculta {n}")
    String removeLayer(String n);

    @Message("Añadir capa oculta")
    String addLayer();

    @Message("Sin capas ocultas: las entradas van directas a la salida.")
    String noHidden();

    @Message("Entrada")
    String inputLayer();

    @Message("Salida")
    String outputLayer();

    @Message("Diagrama de la red: {layers}")
    String diagramLabel(String layers);

    @Message("Parámetros por capa")
    String tableCaption();

    @Message("Capa")
    String colLayer();

    @Message("Pesos (m\u00a0×\u00a0n)") // no-break spaces: the header never splits "m × n"
    String colWeights();

    @Message("Sesgos (n)")
    String colBiases();

    @Message("Parámetros")
    String colParameters();

    @Message("Total")
    String total();

    @Message("Total: {sum} parámetros.")
    String sum(String sum);

    @Message("Escribe un número entero entre 1 y {max}.")
    String invalid(String max);
}
