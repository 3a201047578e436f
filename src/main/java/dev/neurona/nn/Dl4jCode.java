package dev.neurona.nn;

import dev.neurona.data.Feature;
import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The DL4J program for a spec: the configuration {@link NetworkFactory} builds, and the loop
 * {@link Trainer} runs (seeded reshuffle every epoch, the same hold-out, early stopping, K-fold).
 */
final class Dl4jCode {

    private final NetworkSpec spec;
    private final CodeData data;
    private final Set<String> imports = new TreeSet<>();
    private final StringBuilder code = new StringBuilder();

    private Dl4jCode(NetworkSpec spec) {
        this.spec = spec;
        this.data = CodeData.java(spec.dataset());
    }

    static String of(NetworkSpec spec) {
        return program(spec).whole();
    }

    /** The program in the parts a class needs: imports, the statements of main, the static methods. */
    static Dl4jProgram program(NetworkSpec spec) {
        return new Dl4jCode(spec).build();
    }

    private Dl4jProgram build() {
        use("org.nd4j.linalg.api.ndarray.INDArray");
        data();
        line("");
        StringBuilder methods = new StringBuilder();
        if (spec.isKFold()) {
            kFold();
            String statements = take();
            line("static MultiLayerNetwork buildModel() {");
            network("    ");
            line("    return model;");
            line("}");
            methods.append(take());
            return new Dl4jProgram(imports, statements, methods + generator());
        }
        network("");
        line("");
        fit();
        return new Dl4jProgram(imports, take(), generator());
    }

    /** The methods drawing the playground's points, which the data section calls; empty for other data. */
    private String generator() {
        return spec.playground()
                .map(
                        p -> {
                            JavaPoints.IMPORTS.forEach(this::use);
                            return JavaPoints.of(p.data().kind());
                        })
                .orElse("");
    }

    /** The code written since the last call, ending one part. */
    private String take() {
        String part = code.toString();
        code.setLength(0);
        return part;
    }

    private void data() {
        switch (spec.dataset()) {
            case "mnist" -> mnist();
            case "imdb" ->
                    line(
                            "// xTrain multi-hot (25000, 10000), yTrain (25000, 1) with 0 or 1, xTest, yTest: lesson 3.2");
            case "reuters" ->
                    line(
                            "// xTrain multi-hot (n, 10000), yTrain one-hot (n, 46), xTest, yTest: lesson 3.6");
            case "boston" ->
                    line(
                            "// xTrain (404, 13) standardised with the training mean and std, yTrain (404, 1) in k$, xTest, yTest: lesson 3.8");
            case "xor" -> {
                use("org.nd4j.linalg.factory.Nd4j");
                line(
                        "INDArray xTrain = Nd4j.create(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});");
                line("INDArray yTrain = Nd4j.create(new float[][] {{0}, {1}, {1}, {0}});");
                line(
                        "INDArray xTest = xTrain, yTest = yTrain;      // the four rows are all there is");
            }
            case PlaygroundData.NAME ->
                    spec.playground().ifPresentOrElse(this::playground, this::unknownData);
            default -> unknownData();
        }
    }

    /** Lesson 1.4's arrays from DL4J's own MNIST download: each set as one batch, pixels in [0, 1], labels one-hot. */
    private void mnist() {
        use("org.deeplearning4j.datasets.iterator.impl.MnistDataSetIterator");
        use("org.nd4j.linalg.dataset.DataSet");
        line("DataSet train = new MnistDataSetIterator(60000, true, " + spec.seed() + ").next();");
        line("DataSet test = new MnistDataSetIterator(10000, false, " + spec.seed() + ").next();");
        line("INDArray trainImages = train.getFeatures(), trainLabels = train.getLabels();");
        line("INDArray testImages = test.getFeatures(), testLabels = test.getLabels();");
    }

    /** Lesson 1.12: Neurona's points drawn again ({@link JavaPoints}), the feature columns, then its train/test cut. */
    private void playground(PlaygroundSetup setup) {
        PlaygroundData points = setup.data();
        use("org.nd4j.linalg.dataset.DataSet");
        line(
                "DataSet points = "
                        + JavaPoints.method(points.kind())
                        + "("
                        + points.points()
                        + ", "
                        + Setting.format(points.noise())
                        + ", "
                        + points.seed()
                        + ");      // the points Neurona draws: same recipe, same seed");
        line("INDArray X = points.getFeatures(), y = points.getLabels();");
        FeatureMap features = setup.features();
        if (features.equals(FeatureMap.COORDINATES)) {
            line("INDArray features = X;");
        } else {
            use("org.nd4j.linalg.factory.Nd4j");
            line("INDArray x1 = X.getColumn(0, true), x2 = X.getColumn(1, true);");
            line(
                    "INDArray features = Nd4j.hstack("
                            + features.features().stream()
                                    .map(this::column)
                                    .collect(Collectors.joining(", "))
                            + ");");
        }
        line(
                "DataSet[] split = trainTestSplit(new DataSet(features, y), "
                        + Setting.format(points.trainRatio())
                        + ", "
                        + points.seed()
                        + ");      // train_ratio");
        line("INDArray xTrain = split[0].getFeatures(), yTrain = split[0].getLabels();");
        line("INDArray xTest = split[1].getFeatures(), yTest = split[1].getLabels();");
    }

    private String column(Feature feature) {
        return switch (feature) {
            case X1 -> "x1";
            case X2 -> "x2";
            case X1_SQUARED -> "x1.mul(x1)";
            case X2_SQUARED -> "x2.mul(x2)";
            case X1_TIMES_X2 -> "x1.mul(x2)";
            case SIN_X1 -> sin("x1");
            case SIN_X2 -> sin("x2");
        };
    }

    private String sin(String column) {
        use("org.nd4j.linalg.ops.transforms.Transforms");
        return "Transforms.sin(" + column + ")";
    }

    private void unknownData() {
        line(
                "// "
                        + String.join(
                                ", ", data.trainX(), data.trainY(), data.testX(), data.testY())
                        + ": the \""
                        + spec.dataset()
                        + "\" data");
    }

    /** What {@link NetworkFactory#build} configures, as source, ending with an initialised {@code model}. */
    private void network(String indent) {
        use("org.deeplearning4j.nn.conf.MultiLayerConfiguration");
        use("org.deeplearning4j.nn.conf.NeuralNetConfiguration");
        use("org.deeplearning4j.nn.conf.layers.DenseLayer");
        use("org.deeplearning4j.nn.conf.layers.OutputLayer");
        use("org.deeplearning4j.nn.multilayer.MultiLayerNetwork");
        use("org.deeplearning4j.nn.weights.WeightInit");
        use("org.nd4j.linalg.activations.Activation");
        use("org.nd4j.linalg.api.buffer.DataType");
        use("org.nd4j.linalg.lossfunctions.LossFunctions");
        String in = indent + "        ";
        Regularization reg = spec.regularization();
        line(indent + "MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()");
        line(in + call(SpecField.SEED, spec.text(SpecField.SEED).orElseThrow()));
        line(in + ".dataType(DataType.FLOAT)");
        line(in + call(SpecField.OPTIMIZER, updater()));
        line(
                in
                        + ".weightInit(WeightInit.XAVIER_UNIFORM)      // Keras's glorot_uniform; biases start at 0 in both");
        if (reg.l1() > 0) {
            line(in + call(SpecField.L1, spec.text(SpecField.L1).orElseThrow()));
        }
        if (reg.l2() > 0) {
            line(
                    in
                            + call(SpecField.L2, CodeData.dl4jL2(reg.l2()))
                            + "      // DL4J adds ½·λ·Σw², Keras λ·Σw²: twice Keras's λ");
        }
        line(in + ".list()");
        int previous = spec.inputs();
        for (DenseLayerSpec layer : spec.hidden()) {
            line(
                    in
                            + ".layer(new DenseLayer.Builder().nIn("
                            + previous
                            + ").nOut("
                            + layer.units()
                            + ").activation(Activation."
                            + layer.activation().dl4j().name()
                            + ").build())");
            if (reg.dropout() > 0) {
                use("org.deeplearning4j.nn.conf.layers.DropoutLayer");
                line(
                        in
                                + ".layer(new DropoutLayer.Builder("
                                + CodeData.retainProbability(reg.dropout())
                                + ").nIn("
                                + layer.units()
                                + ").nOut("
                                + layer.units()
                                + ").build())      // DL4J's argument is the probability of KEEPING a unit");
            }
            previous = layer.units();
        }
        line(
                in
                        + ".layer(new OutputLayer.Builder(LossFunctions.LossFunction."
                        + spec.loss().dl4j().name()
                        + ")");
        line(
                in
                        + "        .nIn("
                        + previous
                        + ").nOut("
                        + spec.outputs()
                        + ")"
                        + call(SpecField.OUTPUT, "Activation." + spec.output().dl4j().name())
                        + ".build())");
        line(in + ".build();");
        line(indent + "MultiLayerNetwork model = new MultiLayerNetwork(conf);");
        line(indent + "model.init();");
    }

    /** {@code .name(argument)}: a configuration builder call, named as the setting's description names it. */
    private static String call(SpecField field, String argument) {
        return "."
                + field.dl4jName()
                        .orElseThrow(
                                () -> new IllegalStateException(field.key() + " has no DL4J name"))
                + "("
                + argument
                + ")";
    }

    private String updater() {
        String lr = Setting.format(spec.learningRate());
        String name =
                switch (spec.optimizer()) {
                    case SGD -> "Sgd";
                    case MOMENTUM -> "Nesterovs";
                    case RMSPROP -> "RmsProp";
                    case ADAM -> "Adam";
                };
        use("org.nd4j.linalg.learning.config." + name);
        // Keras's defaults (rho, betas, epsilon 1e-7) spelled out: DL4J's own defaults differ
        return switch (spec.optimizer()) {
            case SGD -> "new Sgd(" + lr + ")";
            case MOMENTUM -> "new Nesterovs(" + lr + ", 0.9)";
            case RMSPROP -> "new RmsProp(" + lr + ", 0.9, 1e-7)";
            case ADAM -> "new Adam(" + lr + ", 0.9, 0.999, 1e-7)";
        };
    }

    /** One fit with the spec's hold-out, then the test evaluation. */
    private void fit() {
        String x = data.trainX();
        String y = data.trainY();
        boolean validation = spec.validationFirst() > 0 || spec.validationSplit() > 0;
        if (validation) {
            use("org.nd4j.linalg.indexing.NDArrayIndex");
            line("long n = " + x + ".rows();");
            String valFrom;
            String valTo;
            String trainFrom;
            String trainTo;
            if (spec.validationFirst() > 0) {
                valFrom = "0";
                valTo = trainFrom = Integer.toString(spec.validationFirst());
                trainTo = "n";
            } else {
                line(
                        "long cut = n - Math.round(n * "
                                + Setting.format(spec.validationSplit())
                                + ");      // validation_split: the LAST rows");
                trainFrom = "0";
                valFrom = trainTo = "cut";
                valTo = "n";
            }
            line("INDArray " + val(x) + " = " + rows(x, valFrom, valTo) + ";");
            line("INDArray " + val(y) + " = " + rows(y, valFrom, valTo) + ";");
            line("INDArray " + partial(x) + " = " + rows(x, trainFrom, trainTo) + ";");
            line("INDArray " + partial(y) + " = " + rows(y, trainFrom, trainTo) + ";");
            line("DataSet validation = new DataSet(" + val(x) + ", " + val(y) + ");");
            x = partial(x);
            y = partial(y);
        }
        epochs("", x, y, validation, this::printValidation);
        line("");
        evaluate();
    }

    private static String rows(String array, String from, String to) {
        return array + ".get(NDArrayIndex.interval(" + from + ", " + to + "), NDArrayIndex.all())";
    }

    /**
     * The epoch loop Trainer runs: reshuffle with the seed, mini-batches, then (with validation) the
     * validation loss and metric, early stopping on the loss; {@code record} turns the metric's
     * expression into the statement that keeps or shows it.
     */
    private void epochs(
            String indent, String x, String y, boolean validation, UnaryOperator<String> record) {
        use("java.util.Collections");
        use("java.util.List");
        use("java.util.Random");
        use("org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator"); // sic: M2.1
        // spells the
        // package so
        use("org.nd4j.linalg.dataset.DataSet");
        EarlyStopping early = spec.earlyStopping();
        boolean stopping = validation && early.isOn();
        line(indent + "List<DataSet> examples = new DataSet(" + x + ", " + y + ").asList();");
        line(indent + "Random rng = new Random(" + spec.seed() + ");");
        if (stopping) {
            line(indent + "double bestValLoss = Double.POSITIVE_INFINITY;");
            line(indent + "int epochsWithoutImprovement = 0;");
            if (early.restoreBest()) {
                line(indent + "INDArray bestParams = null;");
            }
        }
        String epochs = spec.isKFold() ? "numEpochs" : Integer.toString(spec.epochs());
        line(indent + "for (int epoch = 1; epoch <= " + epochs + "; epoch++) {");
        String in = indent + "    ";
        line(in + "Collections.shuffle(examples, rng);      // as Keras: a new order every epoch");
        line(in + "model.fit(new ListDataSetIterator<>(examples, " + spec.batchSize() + "));");
        if (validation) {
            String xVal = val(data.trainX());
            String yVal = val(data.trainY());
            line(
                    in
                            + "double valLoss = model.score(validation);      // measured only: no training");
            String metric = metric(in, "valEval", yVal, xVal);
            line(in + record.apply(metric));
            if (stopping) {
                line(in + "if (valLoss < bestValLoss) {");
                line(in + "    bestValLoss = valLoss;");
                line(in + "    epochsWithoutImprovement = 0;");
                if (early.restoreBest()) {
                    line(in + "    bestParams = model.params().dup();");
                }
                line(in + "} else if (++epochsWithoutImprovement >= " + early.patience() + ") {");
                line(in + "    break;      // EarlyStopping(patience=" + early.patience() + ")");
                line(in + "}");
            }
        }
        line(indent + "}");
        if (stopping && early.restoreBest()) {
            line(indent + "if (bestParams != null) {");
            line(indent + "    model.setParams(bestParams);      // restore_best_weights=True");
            line(indent + "}");
        }
    }

    /** Writes the evaluation of {@code x} against {@code y} into {@code name}; returns the expression of the metric. */
    private String metric(String indent, String name, String y, String x) {
        if (spec.metric() == Metric.ACCURACY) {
            use("org.nd4j.evaluation.classification.Evaluation");
            // with one output column, Evaluation classifies with the 0.5 threshold
            line(indent + "Evaluation " + name + " = new Evaluation();");
            line(indent + name + ".eval(" + y + ", model.output(" + x + "));");
            return name + ".accuracy()";
        }
        use("org.nd4j.evaluation.regression.RegressionEvaluation");
        line(
                indent
                        + "RegressionEvaluation "
                        + name
                        + " = new RegressionEvaluation("
                        + spec.outputs()
                        + ");");
        line(indent + name + ".eval(" + y + ", model.output(" + x + "));");
        return spec.outputs() == 1
                ? name + ".meanAbsoluteError(0)"
                : name + ".averageMeanAbsoluteError()";
    }

    private String printValidation(String metric) {
        return "System.out.printf(\"epoch %d - val_loss: %.4f - val_"
                + spec.metric().kerasName()
                + ": %.4f%n\", epoch, valLoss, "
                + metric
                + ");";
    }

    /** Lesson 3.9 in Java: k fresh models, one block of rows validating each; then the final model on all rows. */
    private void kFold() {
        use("java.util.stream.IntStream");
        String x = data.trainX();
        String y = data.trainY();
        String histories = "all" + capitalized(spec.metric().kerasName()) + "Histories";
        line("int k = " + spec.folds() + ";");
        line("int numVal = (int) " + x + ".rows() / k;");
        line("int numEpochs = " + spec.epochs() + ";");
        line("double[][] " + histories + " = new double[k][numEpochs];");
        line("");
        line("for (int i = 0; i < k; i++) {");
        if (CodeData.foldsLeaveRowsOver(spec)) {
            line(
                    "    int start = i * numVal, end = i == k - 1 ? (int) "
                            + x
                            + ".rows() : (i + 1) * numVal;      // the last fold takes the rows left over");
        } else {
            line("    int start = i * numVal, end = (i + 1) * numVal;");
        }
        line("    int[] valRows = IntStream.range(start, end).toArray();");
        line(
                "    int[] trainRows = IntStream.range(0, (int) "
                        + x
                        + ".rows()).filter(r -> r < start || r >= end).toArray();");
        line("    INDArray " + val(x) + " = " + x + ".getRows(valRows);");
        line("    INDArray " + val(y) + " = " + y + ".getRows(valRows);");
        line("    DataSet validation = new DataSet(" + val(x) + ", " + val(y) + ");");
        line("    MultiLayerNetwork model = buildModel();      // a fresh model in every fold");
        epochs(
                "    ",
                x + ".getRows(trainRows)",
                y + ".getRows(trainRows)",
                true,
                metric ->
                        histories
                                + "[i][epoch - 1] = "
                                + metric
                                + ";      // val_"
                                + spec.metric().kerasName());
        line("}");
        line("");
        line(
                "MultiLayerNetwork model = buildModel();      // the final model: every training example, no validation");
        epochs("", x, y, false, metric -> "");
        line("");
        evaluate();
    }

    private void evaluate() {
        line(
                "double testLoss = model.score(new DataSet("
                        + data.testX()
                        + ", "
                        + data.testY()
                        + "));");
        String metric = metric("", "eval", data.testY(), data.testX());
        String name =
                spec.metric() == Metric.ACCURACY ? "test_acc" : "test_" + spec.metric().kerasName();
        line(
                "System.out.println(\"test_loss: \" + testLoss + \", "
                        + name
                        + ": \" + "
                        + metric
                        + ");");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** {@code xTrain} → {@code xVal}, {@code trainImages} → {@code valImages}. */
    private static String val(String train) {
        return train.replace("Train", "Val").replace("train", "val");
    }

    /** {@code xTrain} → {@code xPartial}, as lesson 3.3 names the rows left to train on. */
    private static String partial(String train) {
        return train.replace("Train", "Partial").replace("train", "partial");
    }

    private void use(String type) {
        imports.add(type);
    }

    private void line(String text) {
        code.append(text).append('\n');
    }
}
