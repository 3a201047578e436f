package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lesson.CourseContent;
import dev.neurona.lesson.ExerciseDefinition;
import dev.neurona.lesson.LessonCatalog;
import dev.neurona.lesson.LessonRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EquivalentCodeTest {

    private static CourseContent course;

    @BeforeAll
    static void loadLessons() throws Exception {
        course =
                new CourseContent(
                        LessonCatalog.load(Optional.of(Path.of("lessons"))), new LessonRenderer());
    }

    /** The exercise's lesson defaults, parsed as the server parses them. */
    private static NetworkSpec exercise(String id) {
        ExerciseDefinition exercise =
                course.exercise(id).orElseThrow(() -> new AssertionError("no exercise " + id));
        return new SpecParser(SpecLimits.defaults())
                .parse(exercise.defaults(), DatasetShape.of(exercise.dataset()).orElseThrow())
                .orElseThrow();
    }

    private NetworkSpec mnist(Map<String, String> overrides) {
        var values = SpecParserTest.lessonDefaults();
        values.putAll(overrides);
        return new SpecParser(SpecLimits.defaults())
                .parse(values, DatasetShape.MNIST)
                .orElseThrow();
    }

    /** The Python code's lines, trimmed and without trailing comments, so indentation and notes don't matter. */
    private static List<String> lines(String code) {
        return code.lines()
                .map(l -> l.replaceAll("\\s+# .*$", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** The lines from the first one equal to {@code first} up to and including the first one after it starting with {@code last}. */
    private static List<String> block(String code, String first, String last) {
        List<String> all = lines(code);
        int from = all.indexOf(first);
        assertTrue(from >= 0, "no line \"" + first + "\" in\n" + code);
        for (int to = from; to < all.size(); to++) {
            if (all.get(to).startsWith(last)) {
                return all.subList(from, to + 1);
            }
        }
        throw new AssertionError(
                "no line starting \"" + last + "\" after \"" + first + "\" in\n" + code);
    }

    private static List<String> model(String code) {
        return block(code, "model = keras.Sequential([", "metrics=");
    }

    private static List<String> expected(String... lines) {
        return Arrays.asList(lines);
    }

    // --- lesson defaults: the course's model, compile and fit, line by line (COURSE.md and each
    // lesson's code)

    @Test
    void mnist15IsLesson14sNetworkTrainedAsIn15() {
        String code = EquivalentCode.keras(exercise("mnist-1-5"));
        assertEquals(
                expected(
                        "model = keras.Sequential([",
                        "keras.Input(shape=(784,)),",
                        "layers.Dense(512, activation=\"relu\"),",
                        "layers.Dense(10, activation=\"softmax\"),",
                        "])",
                        "model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001),",
                        "loss=\"categorical_crossentropy\",",
                        "metrics=[\"accuracy\"])"),
                model(code));
        assertEquals(
                expected(
                        "(train_images, train_labels), (test_images, test_labels) = keras.datasets.mnist.load_data()",
                        "train_images = train_images.reshape((60000, 28 * 28)).astype(\"float32\") / 255"),
                block(
                        code,
                        "(train_images, train_labels), (test_images, test_labels) = keras.datasets.mnist.load_data()",
                        "train_images ="));
        assertEquals(
                expected(
                        "history = model.fit(train_images, train_labels,",
                        "epochs=5, batch_size=128)",
                        "test_loss, test_acc = model.evaluate(test_images, test_labels)"),
                block(code, "history = model.fit(train_images, train_labels,", "test_loss"));
        assertFalse(code.contains("validation"), code);

        String java = EquivalentCode.dl4j(exercise("mnist-1-5"));
        assertContains(
                java,
                ".nIn(784).nOut(512).activation(Activation.RELU)",
                ".nIn(512).nOut(10).activation(Activation.SOFTMAX)",
                "LossFunctions.LossFunction.MCXENT",
                "new RmsProp(0.001, 0.9, 1e-7)",
                "WeightInit.XAVIER_UNIFORM",
                ".seed(42)",
                "new ListDataSetIterator<>(examples, 128)",
                "epoch <= 5;",
                "new Random(42)",
                "model.output(testImages)");
    }

    @Test
    void imdb33HoldsOutTheFirst10000ReviewsAsTheLessonDoes() {
        String code = EquivalentCode.keras(exercise("imdb-3-3"));
        assertEquals(
                expected(
                        "model = keras.Sequential([",
                        "keras.Input(shape=(10000,)),",
                        "layers.Dense(16, activation=\"relu\"),",
                        "layers.Dense(16, activation=\"relu\"),",
                        "layers.Dense(1, activation=\"sigmoid\"),",
                        "])",
                        "model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001),",
                        "loss=\"binary_crossentropy\",",
                        "metrics=[\"accuracy\"])"),
                model(code));
        assertEquals(
                expected(
                        "x_val = x_train[:10000]",
                        "partial_x_train = x_train[10000:]",
                        "y_val = y_train[:10000]",
                        "partial_y_train = y_train[10000:]",
                        "history = model.fit(partial_x_train, partial_y_train,",
                        "epochs=20, batch_size=512,",
                        "validation_data=(x_val, y_val))",
                        "test_loss, test_acc = model.evaluate(x_test, y_test)"),
                block(code, "x_val = x_train[:10000]", "test_loss"));
        assertContains(
                code,
                "keras.datasets.imdb.load_data(num_words=10000)",
                "x_train = vectorize_sequences(train_data)",
                "y_train = np.asarray(train_labels).astype(\"float32\")");

        String java = EquivalentCode.dl4j(exercise("imdb-3-3"));
        assertContains(
                java,
                ".nIn(10000).nOut(16)",
                ".nIn(16).nOut(16)",
                ".nIn(16).nOut(1).activation(Activation.SIGMOID)",
                "LossFunctions.LossFunction.XENT",
                "new RmsProp(0.001, 0.9, 1e-7)",
                "INDArray xVal = xTrain.get(NDArrayIndex.interval(0, 10000), NDArrayIndex.all());",
                "INDArray xPartial = xTrain.get(NDArrayIndex.interval(10000, n), NDArrayIndex.all());",
                "new DataSet(xPartial, yPartial).asList()",
                "model.score(validation)",
                "epoch <= 20;");
    }

    @Test
    void reuters37HoldsOutTheFirst1000Newswires() {
        String code = EquivalentCode.keras(exercise("reuters-3-7"));
        assertEquals(
                expected(
                        "model = keras.Sequential([",
                        "keras.Input(shape=(10000,)),",
                        "layers.Dense(64, activation=\"relu\"),",
                        "layers.Dense(64, activation=\"relu\"),",
                        "layers.Dense(46, activation=\"softmax\"),",
                        "])",
                        "model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001),",
                        "loss=\"categorical_crossentropy\",",
                        "metrics=[\"accuracy\"])"),
                model(code));
        assertEquals(
                expected(
                        "x_val = x_train[:1000]",
                        "partial_x_train = x_train[1000:]",
                        "y_val = y_train[:1000]",
                        "partial_y_train = y_train[1000:]",
                        "history = model.fit(partial_x_train, partial_y_train,",
                        "epochs=9, batch_size=512,",
                        "validation_data=(x_val, y_val))"),
                block(code, "x_val = x_train[:1000]", "validation_data"));
        assertContains(
                code,
                "keras.datasets.reuters.load_data(num_words=10000)",
                "y_train = keras.utils.to_categorical(train_labels, 46)");

        String java = EquivalentCode.dl4j(exercise("reuters-3-7"));
        assertContains(
                java,
                ".nIn(10000).nOut(64)",
                ".nIn(64).nOut(64)",
                ".nIn(64).nOut(46).activation(Activation.SOFTMAX)",
                "new RmsProp(0.001, 0.9, 1e-7)",
                "NDArrayIndex.interval(0, 1000)",
                "epoch <= 9;");
    }

    @Test
    void boston39IsLesson39sKFold() {
        String code = EquivalentCode.keras(exercise("boston-3-9"));
        assertEquals(
                expected(
                        "def build_model():",
                        "model = keras.Sequential([",
                        "keras.Input(shape=(13,)),",
                        "layers.Dense(64, activation=\"relu\"),",
                        "layers.Dense(64, activation=\"relu\"),",
                        "layers.Dense(1),",
                        "])",
                        "model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.001),",
                        "loss=\"mse\",",
                        "metrics=[\"mae\"])",
                        "return model"),
                block(code, "def build_model():", "return model"));
        assertEquals(
                expected(
                        "k = 4",
                        "num_val_samples = len(train_data) // k",
                        "num_epochs = 80",
                        "all_mae_histories = []",
                        "for i in range(k):",
                        "start, end = i * num_val_samples, (i + 1) * num_val_samples",
                        "val_data = train_data[start:end]",
                        "val_targets = train_targets[start:end]",
                        "partial_train_data = np.concatenate([train_data[:start], train_data[end:]], axis=0)",
                        "partial_train_targets = np.concatenate([train_targets[:start], train_targets[end:]], axis=0)",
                        "model = build_model()",
                        "history = model.fit(partial_train_data, partial_train_targets,",
                        "validation_data=(val_data, val_targets),",
                        "epochs=num_epochs, batch_size=16, verbose=0)",
                        "all_mae_histories.append(history.history[\"val_mae\"])",
                        "average_mae_history = np.mean(all_mae_histories, axis=0)",
                        "model = build_model()",
                        "model.fit(train_data, train_targets,",
                        "epochs=num_epochs, batch_size=16, verbose=0)",
                        "test_mse, test_mae = model.evaluate(test_data, test_targets)"),
                block(code, "k = 4", "test_mse"));
        assertContains(
                code,
                "keras.datasets.boston_housing.load_data()",
                "test_data = (test_data - mean) / std");

        String java = EquivalentCode.dl4j(exercise("boston-3-9"));
        assertContains(
                java,
                ".nIn(13).nOut(64)",
                ".nIn(64).nOut(64)",
                ".nIn(64).nOut(1).activation(Activation.IDENTITY)",
                "LossFunctions.LossFunction.MSE",
                "new RmsProp(0.001, 0.9, 1e-7)",
                "int k = 4;",
                "int numEpochs = 80;",
                "MultiLayerNetwork model = buildModel();",
                "static MultiLayerNetwork buildModel() {",
                "allMaeHistories[i][epoch - 1] = valEval.meanAbsoluteError(0);",
                "new ListDataSetIterator<>(examples, 16)",
                "RegressionEvaluation eval = new RegressionEvaluation(1);");
        // 404 = 4 × 101: the lesson's slicing is exactly the folds Neurona trains
        assertFalse(code.contains("if i == k - 1"), code);
    }

    @Test
    void playground112BuildsTheFeatureColumnsAsTheLessonDoes() {
        NetworkSpec spec = exercise("playground-1-12");
        String code = EquivalentCode.keras(spec);
        assertEquals(
                expected(
                        "model = keras.Sequential([",
                        "keras.Input(shape=(2,)),",
                        "layers.Dense(1, activation=\"sigmoid\"),",
                        "])",
                        "model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.3),",
                        "loss=\"binary_crossentropy\",",
                        "metrics=[\"accuracy\"])"),
                model(code));
        assertEquals(
                expected(
                        "X, y = circle(n=500, noise=0.1, seed=1)",
                        "features = np.column_stack([X[:, 0] ** 2, X[:, 1] ** 2])",
                        "(x_train, y_train), (x_test, y_test) = train_test_split(features, y, train_ratio=0.5, seed=1)"),
                block(code, "X, y = circle(n=500, noise=0.1, seed=1)", "(x_train"));
        assertEquals(
                expected("history = model.fit(x_train, y_train,", "epochs=30, batch_size=10)"),
                block(code, "history = model.fit(x_train, y_train,", "epochs="));

        String java = EquivalentCode.dl4j(spec);
        assertContains(
                java,
                "new Sgd(0.3)",
                ".nIn(2).nOut(1).activation(Activation.SIGMOID)",
                "LossFunctions.LossFunction.XENT",
                "INDArray features = Nd4j.hstack(x1.mul(x1), x2.mul(x2));",
                "DataSet points = circle(500, 0.1, 1);",
                "DataSet[] split = trainTestSplit(new DataSet(features, y), 0.5, 1);",
                "static DataSet circle(int n, double noise, long seed) {");
        assertFalse(java.contains("DenseLayer.Builder"), java);
    }

    @Test
    void everyExerciseOfTheCourseGivesCodeInBothLanguages() {
        for (ExerciseDefinition exercise : course.exercises()) {
            Optional<DatasetShape> shape = DatasetShape.of(exercise.dataset());
            if (shape.isEmpty()) {
                continue;
            }
            NetworkSpec spec =
                    new SpecParser(SpecLimits.defaults())
                            .parse(exercise.defaults(), shape.get())
                            .orElseThrow();
            String keras = EquivalentCode.keras(spec);
            String java = EquivalentCode.dl4j(spec);
            assertFalse(keras.contains("null"), exercise.id() + "\n" + keras);
            assertFalse(
                    java.replace("bestParams = null", "").replace("!= null", "").contains("null"),
                    exercise.id() + "\n" + java);
            assertTrue(keras.contains("model.evaluate("), exercise.id() + "\n" + keras);
            assertTrue(java.contains("model.output("), exercise.id() + "\n" + java);
            assertTrue(
                    keras.contains("metrics=[\"" + spec.metric().kerasName() + "\"]"),
                    exercise.id());
        }
    }

    // --- settings the lessons' defaults leave out

    @Test
    void maeMetricAndValidationSplit() {
        NetworkSpec spec = exercise("boston-3-9");
        NetworkSpec split =
                new NetworkSpec(
                        spec.dataset(),
                        spec.inputs(),
                        spec.hidden(),
                        spec.outputs(),
                        spec.output(),
                        spec.loss(),
                        spec.optimizer(),
                        spec.learningRate(),
                        spec.epochs(),
                        spec.batchSize(),
                        0.2,
                        spec.seed(),
                        spec.regularization(),
                        spec.earlyStopping(),
                        Metric.MAE,
                        0,
                        0,
                        Optional.empty());
        String keras = EquivalentCode.keras(split);
        assertContains(
                keras,
                "metrics=[\"mae\"]",
                "validation_split=0.2",
                "history = model.fit(train_data, train_targets,",
                "test_mse, test_mae = model.evaluate(test_data, test_targets)");
        assertFalse(keras.contains("build_model"), keras);
        String java = EquivalentCode.dl4j(split);
        assertContains(
                java,
                "long cut = n - Math.round(n * 0.2);",
                "INDArray xVal = xTrain.get(NDArrayIndex.interval(cut, n)",
                "val_mae: %.4f%n\", epoch, valLoss, valEval.meanAbsoluteError(0));");
    }

    @Test
    void kFoldThatLeavesRowsOverGivesThemToTheLastFold() {
        NetworkSpec spec =
                new SpecParser(SpecLimits.defaults())
                        .parse(
                                Map.of(
                                        "hidden",
                                        "8 relu",
                                        "output",
                                        "linear",
                                        "loss",
                                        "mse",
                                        "metric",
                                        "mae",
                                        "optimizer",
                                        "adam",
                                        "learning_rate",
                                        "0.01",
                                        "epochs",
                                        "3",
                                        "batch_size",
                                        "8",
                                        "kfold",
                                        "3",
                                        "seed",
                                        "7"),
                                DatasetShape.BOSTON)
                        .orElseThrow();
        assertContains(
                EquivalentCode.keras(spec),
                "if i == k - 1:",
                "end = len(train_data)",
                "keras.optimizers.Adam(learning_rate=0.01)");
        assertContains(
                EquivalentCode.dl4j(spec),
                "end = i == k - 1 ? (int) xTrain.rows() : (i + 1) * numVal;",
                "new Adam(0.01, 0.9, 0.999, 1e-7)");
    }

    @Test
    void dl4jCodeFollowsEveryLayerAndSetting() {
        String code =
                EquivalentCode.dl4j(
                        mnist(
                                Map.of(
                                        "hidden",
                                        "64 tanh, 32 relu",
                                        "optimizer",
                                        "adam",
                                        "learning_rate",
                                        "0.01")));
        assertContains(
                code,
                ".nIn(784).nOut(64).activation(Activation.TANH)",
                ".nIn(64).nOut(32).activation(Activation.RELU)",
                ".nIn(32).nOut(10).activation(Activation.SOFTMAX)",
                "LossFunctions.LossFunction.MCXENT",
                "new Adam(0.01, 0.9, 0.999, 1e-7)",
                ".dataType(DataType.FLOAT)",
                "import org.nd4j.linalg.learning.config.Adam;");
        assertFalse(code.contains("import org.nd4j.linalg.learning.config.RmsProp;"), code);
    }

    @Test
    void regularizationAndEarlyStoppingAppearInBothLanguages() {
        NetworkSpec spec =
                mnist(
                        Map.of(
                                "hidden",
                                "4 relu, 4 relu",
                                "dropout",
                                "0.7",
                                "l2",
                                "0.001",
                                "validation_split",
                                "0.2",
                                "patience",
                                "3",
                                "restore_best",
                                "true"));
        String keras = EquivalentCode.keras(spec);
        assertContains(
                keras,
                "layers.Dense(4, activation=\"relu\", kernel_regularizer=keras.regularizers.l2(0.001))",
                "layers.Dropout(0.7)",
                // the builder's l2 reaches DL4J's output layer too
                "layers.Dense(10, activation=\"softmax\", kernel_regularizer=keras.regularizers.l2(0.001))",
                "callbacks=[keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)]");
        assertEquals(2, keras.split("layers.Dropout", -1).length - 1, keras);
        String java = EquivalentCode.dl4j(spec);
        assertContains(
                java,
                ".l2(0.002)",
                "new DropoutLayer.Builder(0.3).nIn(4).nOut(4).build()",
                "++epochsWithoutImprovement >= 3",
                "model.setParams(bestParams);");
    }

    @Test
    void playgroundFeaturesBecomeNumpyAndNd4jColumns() {
        NetworkSpec spec =
                new SpecParser(SpecLimits.defaults())
                        .parse(
                                Map.of(
                                        "toy",
                                        "spiral",
                                        "features",
                                        "x1, x2, x1x2, sin1, sin2",
                                        "hidden",
                                        "6 relu",
                                        "output",
                                        "sigmoid",
                                        "loss",
                                        "binary_crossentropy",
                                        "optimizer",
                                        "sgd",
                                        "learning_rate",
                                        "0.1",
                                        "epochs",
                                        "2",
                                        "batch_size",
                                        "10",
                                        "seed",
                                        "5"),
                                DatasetShape.PLAYGROUND)
                        .orElseThrow();
        assertContains(
                EquivalentCode.keras(spec),
                "keras.Input(shape=(5,))",
                "features = np.column_stack([X[:, 0], X[:, 1], X[:, 0] * X[:, 1], np.sin(X[:, 0]), np.sin(X[:, 1])])");
        assertContains(
                EquivalentCode.dl4j(spec),
                "Nd4j.hstack(x1, x2, x1.mul(x2), Transforms.sin(x1), Transforms.sin(x2))",
                "import org.nd4j.linalg.ops.transforms.Transforms;",
                ".nIn(5).nOut(6)");

        NetworkSpec coordinates =
                new SpecParser(SpecLimits.defaults())
                        .parse(
                                Map.of(
                                        "features",
                                        "x1, x2",
                                        "hidden",
                                        "",
                                        "output",
                                        "sigmoid",
                                        "loss",
                                        "binary_crossentropy",
                                        "optimizer",
                                        "sgd",
                                        "learning_rate",
                                        "0.1",
                                        "epochs",
                                        "2",
                                        "batch_size",
                                        "10",
                                        "seed",
                                        "5"),
                                DatasetShape.PLAYGROUND)
                        .orElseThrow();
        assertContains(EquivalentCode.keras(coordinates), "features = X\n");
        assertContains(EquivalentCode.dl4j(coordinates), "INDArray features = X;");
    }

    /** The generated DL4J code compiles against the DL4J on our classpath: its imports, builders and calls exist. */
    @Test
    void dl4jCodeCompiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        List<String> sources = new ArrayList<>();
        List<NetworkSpec> specs =
                new ArrayList<>(
                        List.of(
                                exercise("mnist-1-5"),
                                exercise("imdb-3-3"),
                                exercise("boston-3-9"),
                                exercise("playground-1-12"),
                                exercise("xor-1-6"),
                                mnist(
                                        Map.of(
                                                "dropout",
                                                "0.5",
                                                "l1",
                                                "0.01",
                                                "l2",
                                                "0.001",
                                                "validation_split",
                                                "0.1",
                                                "patience",
                                                "2",
                                                "restore_best",
                                                "true"))));
        for (int i = 0; i < specs.size(); i++) {
            NetworkSpec spec = specs.get(i);
            Dl4jProgram program = Dl4jCode.program(spec);
            // MNIST, XOR and the playground load or draw their own data; the others get their
            // arrays as parameters
            String parameters =
                    switch (spec.dataset()) {
                        case "mnist", "playground", "xor" -> "";
                        default ->
                                "INDArray xTrain, INDArray yTrain, INDArray xTest, INDArray yTest";
                    };
            String source =
                    program.importLines()
                            + "\npublic class Generated"
                            + i
                            + " {\nstatic void run("
                            + parameters
                            + ") throws Exception {\n"
                            + program.statements()
                            + "\n}\n"
                            + program.methods()
                            + "\n}\n";
            Path file = dir.resolve("Generated" + i + ".java");
            java.nio.file.Files.writeString(file, source);
            sources.add(file.toString());
        }
        List<String> arguments =
                new ArrayList<>(List.of("-proc:none", "-d", dir.toString(), "-cp", classpath()));
        arguments.addAll(sources);
        var errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertEquals(0, status, errors.toString());
    }

    /** Surefire may hide the test classpath behind a manifest-only jar; its own property has the real one. */
    private static String classpath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }

    private static void assertContains(String code, String... parts) {
        List<String> missing = new ArrayList<>();
        for (String part : parts) {
            if (!code.contains(part)) {
                missing.add(part);
            }
        }
        assertTrue(missing.isEmpty(), "missing " + missing + " in\n" + code);
    }
}
