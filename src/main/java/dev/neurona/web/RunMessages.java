package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * A training run as it goes (its status, charts, epoch table, decision map and errors) and the list of a
 * learner's runs, in Spanish; {@code messages/run_en.properties} has the English ones.
 */
@MessageBundle(value = "run", locale = "es")
public interface RunMessages {

    // status
    @Message("Detener")
    String stop();

    @Message("En cola: posición {position}")
    String statusQueued(int position);

    @Message("En cola: posición {position} · empieza en ~{eta}")
    String statusQueuedEta(int position, String eta);

    @Message("En cola: posición {position} · empieza enseguida")
    String statusQueuedSoon(int position);

    @Message("Entrenando…")
    String statusRunning();

    @Message("Terminado")
    String statusFinished();

    @Message("Detenido")
    String statusCancelled();

    @Message("Falló")
    String statusFailed();

    @Message("Detenido por el instructor")
    String statusCancelledByInstructor();

    @Message("Interrumpido por un reinicio del servidor")
    String statusInterrupted();

    @Message("Interrumpido")
    String historyInterrupted();

    @Message("Solo con las primeras {rows} filas de entrenamiento (límite de la clase).")
    String trainRowsNote(String rows);

    @Message("Tu configuración está guardada: puedes volver a entrenarla con un clic.")
    String rerunHelp();

    @Message("Volver a entrenar")
    String rerun();

    @Message("El instructor detuvo este entrenamiento.")
    String errCancelledByInstructor();

    @Message("Entrenamiento")
    String run();

    @Message("Pérdida (loss)")
    String lossChart();

    @Message("Exactitud (accuracy)")
    String accuracyChart();

    @Message("Época (epoch)")
    String epochAxis();

    @Message("Progreso de la época")
    String epochProgress();

    @Message("Época {epoch}")
    String progressEpoch(String epoch);

    @Message("Salida de fit, época a época")
    String fitOutput();

    @Message("pasos")
    String colSteps();

    @Message("tiempo")
    String colTime();

    @Message("El entrenamiento superó el tiempo máximo permitido ({limit}) y se detuvo.")
    String errTimeLimit(String limit);

    @Message("El servidor se reinició mientras este entrenamiento estaba en marcha.")
    String errInterrupted();

    @Message("Algo falló en el servidor durante el entrenamiento. El error quedó registrado.")
    String errInternal();

    @Message(
            "El servidor se quedó sin memoria para este entrenamiento y lo detuvo. Vuelve a intentarlo en unos minutos o con una red o un lote más pequeños.")
    String errOutOfMemory();

    // history
    @Message("Tus entrenamientos de este ejercicio")
    String historyTitle();

    @Message("Todavía no has entrenado esta red. Pulsa «Entrenar».")
    String historyEmpty();

    @Message("fecha")
    String colDate();

    @Message("red")
    String colNetwork();

    @Message("estado")
    String colState();

    @Message("Ver")
    String view();

    // K-fold charts of module 3
    @Message("Error absoluto medio (mae)")
    String maeChart();

    @Message("Pérdida de validación (val_loss) por pliegue")
    String kfoldLossChart();

    @Message("val_{metric} por pliegue")
    String kfoldMetricChart(String metric);

    @Message(
            "Validación cruzada con {folds} pliegues: cada curva es una red nueva validada con un pliegue distinto. Después se entrena el modelo final con todos los datos.")
    String kfoldChartHelp(int folds);

    @Message("Pliegue {fold}")
    String foldLabel(String fold);

    @Message("Modelo final")
    String finalModel();

    // decision map (lessons 1.6 and 1.12)
    @Message("Frontera de decisión")
    String decisionTitle();

    @Message(
            "El color de cada zona es la probabilidad de clase 1 que da la red; los puntos rellenos son de entrenamiento y los huecos, de prueba.")
    String decisionHelp();

    @Message("test_loss")
    String testLossLabel();

    @Message("clase {label}")
    String mapClass(String label);

    @Message("entrenamiento")
    String mapTrain();

    @Message("prueba")
    String mapTest();
}
