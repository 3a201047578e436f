package dev.neurona.web.widgets;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Strings of the data-split widget (lesson 3.1); {@code messages/wSplits_en.properties} has the English ones. */
@MessageBundle(value = "wSplits", locale = "es")
public interface SplitsWidgetMessages {

    @Message("Prueba tú: reparte un conjunto de datos")
    String title();

    @Message("Primero se aparta la prueba, como porcentaje del total. Después, la validación, como porcentaje de lo que queda (igual que hace validation_split de Keras). El resto es el entrenamiento.")
    String semantics();

    @Message("Ejemplos en total")
    String size();

    @Message("Prueba (% del total)")
    String testShare();

    @Message("Validación (% de lo que queda)")
    String validationShare();

    @Message("Entrenamiento")
    String train();

    @Message("Validación")
    String validation();

    @Message("Prueba")
    String test();

    @Message("entrenar los pesos")
    String trainUse();

    @Message("ajustar hiperparámetros y decidir cuándo parar")
    String validationUse();

    @Message("medir una sola vez al final")
    String testUse();

    @Message("{pct} % del total")
    String ofTotal(String pct);

    @Message("{pct} %")
    String percent(String pct);

    @Message("Reparto de los ejemplos: {parts}")
    String barLabel(String parts);

    @Message("prueba = {pct} % de {total} = {count}")
    String calcTest(String pct, String total, String count);

    @Message("validación = {pct} % de {rest} = {count}")
    String calcValidation(String pct, String rest, String count);

    @Message("entrenamiento = {total} − {test} − {validation} = {count}")
    String calcTrain(String total, String test, String validation, String count);

    @Message("Escribe un número entero de ejemplos entre {min} y {max}.")
    String invalidSize(String min, String max);
}
