package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a finished run and the data show: test evaluation, confusion matrix, regression, comparisons,
 * uploads, MNIST tables and the model summary, in Spanish; {@code messages/result_en.properties} has the
 * English ones.
 */
@MessageBundle(value = "result", locale = "es")
public interface ResultMessages {

    // test evaluation and uploads
    @Message("Evaluación con los datos de prueba")
    String testTitle();

    @Message("sobre las {count} imágenes de prueba, que la red no vio al entrenar")
    String testExamples(int count);

    @Message("Matriz de confusión")
    String confusionTitle();

    @Message(
            "Cada fila es el dígito real y cada columna lo que predijo la red; la diagonal son los aciertos.")
    String confusionHelp();

    @Message("real")
    String actual();

    @Message("predicho")
    String predicted();

    @Message("Algunos dígitos mal clasificados")
    String misclassifiedTitle();

    @Message("Algunas prendas mal clasificadas")
    String misclassifiedGarmentsTitle();

    @Message("era {label}, dijo {predicted} ({confidence} %)")
    String misclassifiedItem(int label, int predicted, String confidence);

    @Message("Descargar el modelo (zip de DL4J)")
    String downloadModel();

    @Message("Volver a cargar un modelo guardado")
    String uploadTitle();

    @Message(
            "Sube un modelo descargado antes: el servidor lo evalúa de nuevo con las 10 000 imágenes de prueba.")
    String uploadHelp();

    @Message("Archivo del modelo")
    String modelFile();

    @Message("Subir y evaluar")
    String uploadAndEvaluate();

    @Message("Modelo cargado: {parameters} parámetros.")
    String uploadedModel(String parameters);

    // MNIST tables and the model summary
    @Message("Forma de los datos de MNIST")
    String shapesTitle();

    @Message("Array")
    String colArray();

    @Message("Forma (shape)")
    String colShape();

    @Message("Tipo")
    String colDtype();

    @Message("Dígito de MNIST con la etiqueta {label}")
    String digitAlt(int label);

    @Message("Prenda de Fashion-MNIST con la etiqueta {label}")
    String garmentAlt(String label);

    @Message("Resumen del modelo (model.summary())")
    String summaryTitle();

    @Message("Capa (tipo)")
    String colLayer();

    @Message("Forma de salida")
    String colOutputShape();

    @Message("Parámetros")
    String colParameters();

    @Message("Parámetros totales")
    String totalParameters();

    // module 3: per-class results, regression, comparisons
    @Message("sobre los {count} ejemplos de prueba, que la red no vio al entrenar")
    String testExamplesGeneric(int count);

    @Message(
            "Cada fila es la clase real y cada columna lo que predijo la red; la diagonal son los aciertos.")
    String confusionHelpGeneric();

    @Message("Exhaustividad (recall) por clase")
    String perClassTitle();

    @Message("clase")
    String colClass();

    @Message("ejemplos")
    String colExamples();

    @Message("aciertos")
    String colHits();

    @Message("Predecir siempre la media")
    String baselineName();

    @Message(
            "La red se equivoca de media {mae} k$ por zona; predecir siempre el precio medio de entrenamiento fallaría {baseline} k$.")
    String regressionSummary(String mae, String baseline);

    @Message("Precio real frente a predicho (k$)")
    String scatterTitle();

    @Message("precio real (k$)")
    String scatterX();

    @Message("precio predicho (k$)")
    String scatterY();

    @Message("predicción perfecta")
    String perfectLine();

    @Message("zona de prueba")
    String testPoint();

    @Message("MAE de validación medio de los pliegues")
    String averageTitle();

    @Message("Saltar las primeras épocas")
    String skipEpochs();

    @Message("Mejor época de la media: {epoch} (val_mae {value})")
    String bestAverageEpoch(String epoch, String value);

    @Message("Comparar tus entrenamientos ({series})")
    String compareTitle(String series);

    @Message(
            "Marca los entrenamientos que quieras superponer. Cada línea es la {series} de un entrenamiento terminado de este ejercicio.")
    String compareHelp(String series);

    @Message("Cuando termines al menos un entrenamiento con validación, aparecerá aquí.")
    String compareEmpty();

    @Message("Medido sobre los {count} ejemplos de prueba, que la red no vio al entrenar.")
    String regressionTestNote(int count);

    @Message("era {label}, dijo {predicted} ({confidence} %)")
    String misclassifiedNamed(String label, String predicted, String confidence);

    @Message(
            "sobre las 4 filas de la tabla de XOR, las mismas con las que entrena: aquí la pregunta no es si generaliza, sino si la red es capaz de representar XOR.")
    String testExamplesXor();
}
