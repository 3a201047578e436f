package dev.neurona.nn;

import dev.neurona.data.Feature;
import dev.neurona.data.FeatureMap;
import dev.neurona.data.PlaygroundData;
import java.util.stream.Collectors;

/**
 * The Keras program for a spec, written as the course writes it: the dataset's lesson loads and
 * names the arrays, validation is held out the way the spec asks, and K-fold follows lesson 3.9.
 */
final class KerasCode {

    private final NetworkSpec spec;
    private final CodeData data;
    private final StringBuilder code = new StringBuilder();

    private KerasCode(NetworkSpec spec) {
        this.spec = spec;
        this.data = CodeData.keras(spec.dataset());
    }

    static String of(NetworkSpec spec) {
        return program(spec).whole();
    }

    /** The program in the parts a notebook gives a cell each. */
    static KerasProgram program(NetworkSpec spec) {
        return new KerasCode(spec).build();
    }

    private KerasProgram build() {
        if (needsNumpy()) {
            line("import numpy as np");
        }
        line("from tensorflow import keras");
        line("from tensorflow.keras import layers");
        line("");
        // before the model is built: the seed fixes its initial weights as well as the shuffling
        line("keras.utils.set_random_seed(" + spec.seed() + ")");
        String setup = take();
        data();
        String loading = take();
        if (spec.isKFold()) {
            line("def build_model():");
            model("    ");
            line("    return model");
            String model = take();
            kFold();
            String training = take();
            evaluate();
            return new KerasProgram(setup, generator(), loading, model, training, take(), true);
        }
        model("");
        String model = take();
        fit();
        String training = take();
        evaluate();
        return new KerasProgram(setup, generator(), loading, model, training, take(), false);
    }

    /** The generator of the playground's points, which the data section calls; empty for other data. */
    private String generator() {
        return spec.playground().map(p -> PythonPoints.of(p.data().kind())).orElse("");
    }

    /** The code written since the last call, ending one section. */
    private String take() {
        String section = code.toString();
        code.setLength(0);
        return section;
    }

    private boolean needsNumpy() {
        return spec.isKFold()
                || !spec.dataset().equals("mnist")
                        && !spec.dataset().equals("fashion-mnist")
                        && !spec.dataset().equals("boston");
    }

    private void data() {
        switch (spec.dataset()) {
            case "mnist", "fashion-mnist" -> {
                line(
                        "(train_images, train_labels), (test_images, test_labels) = keras.datasets."
                                + spec.dataset().replace('-', '_')
                                + ".load_data()");
                line(
                        "train_images = train_images.reshape((60000, 28 * 28)).astype(\"float32\") / 255");
                line(
                        "test_images = test_images.reshape((10000, 28 * 28)).astype(\"float32\") / 255");
                line("train_labels = keras.utils.to_categorical(train_labels)");
                line("test_labels = keras.utils.to_categorical(test_labels)");
            }
            case "imdb", "reuters" -> words();
            case "boston" -> {
                line(
                        "(train_data, train_targets), (test_data, test_targets) = keras.datasets.boston_housing.load_data()");
                // test data is scaled with the training statistics (lesson 3.8)
                line("mean = train_data.mean(axis=0)");
                line("std = train_data.std(axis=0)");
                line("train_data = (train_data - mean) / std");
                line("test_data = (test_data - mean) / std");
            }
            case "xor" -> {
                line("x_train = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=\"float32\")");
                line("y_train = np.array([0, 1, 1, 0], dtype=\"float32\")");
                line("x_test, y_test = x_train, y_train      # the four rows are all there is");
            }
            case PlaygroundData.NAME ->
                    spec.playground().ifPresentOrElse(this::playground, this::unknownData);
            default -> unknownData();
        }
    }

    /** Lessons 3.2 and 3.6: the 10,000 most frequent words as multi-hot vectors. */
    private void words() {
        String dataset = spec.dataset();
        line(
                "(train_data, train_labels), (test_data, test_labels) = keras.datasets."
                        + dataset
                        + ".load_data(num_words=10000)");
        line("");
        line("");
        line("def vectorize_sequences(sequences, dimension=10000):");
        line("    results = np.zeros((len(sequences), dimension), dtype=\"float32\")");
        line("    for i, sequence in enumerate(sequences):");
        line("        results[i, sequence] = 1.0");
        line("    return results");
        line("");
        line("");
        line("x_train = vectorize_sequences(train_data)");
        line("x_test = vectorize_sequences(test_data)");
        if (spec.outputs() == 1) {
            line("y_train = np.asarray(train_labels).astype(\"float32\")");
            line("y_test = np.asarray(test_labels).astype(\"float32\")");
        } else {
            line("y_train = keras.utils.to_categorical(train_labels, " + spec.outputs() + ")");
            line("y_test = keras.utils.to_categorical(test_labels, " + spec.outputs() + ")");
        }
    }

    /** Lesson 1.12: Neurona's points, drawn again by {@link PythonPoints}; the network sees the chosen feature columns. */
    private void playground(PlaygroundSetup setup) {
        PlaygroundData points = setup.data();
        line(
                "X, y = "
                        + PythonPoints.function(points.kind())
                        + "(n="
                        + points.points()
                        + ", noise="
                        + Setting.format(points.noise())
                        + ", seed="
                        + points.seed()
                        + ")      # the points Neurona draws: same recipe, same seed");
        line("features = " + features(setup.features()));
        line(
                "(x_train, y_train), (x_test, y_test) = train_test_split(features, y, train_ratio="
                        + Setting.format(points.trainRatio())
                        + ", seed="
                        + points.seed()
                        + ")");
    }

    static String features(FeatureMap features) {
        if (features.equals(FeatureMap.COORDINATES)) {
            return "X";
        }
        return features.features().stream()
                .map(KerasCode::column)
                .collect(Collectors.joining(", ", "np.column_stack([", "])"));
    }

    private static String column(Feature feature) {
        return switch (feature) {
            case X1 -> "X[:, 0]";
            case X2 -> "X[:, 1]";
            case X1_SQUARED -> "X[:, 0] ** 2";
            case X2_SQUARED -> "X[:, 1] ** 2";
            case X1_TIMES_X2 -> "X[:, 0] * X[:, 1]";
            case SIN_X1 -> "np.sin(X[:, 0])";
            case SIN_X2 -> "np.sin(X[:, 1])";
        };
    }

    private void unknownData() {
        line(
                "# "
                        + String.join(
                                ", ", data.trainX(), data.trainY(), data.testX(), data.testY())
                        + ": the \""
                        + spec.dataset()
                        + "\" data");
    }

    /** The Sequential model and its compile call, indented by {@code indent}. */
    private void model(String indent) {
        line(indent + "model = keras.Sequential([");
        line(indent + "    keras.Input(shape=(" + spec.inputs() + ",)),");
        for (DenseLayerSpec layer : spec.hidden()) {
            line(indent + "    " + dense(layer) + ",");
            if (spec.regularization().dropout() > 0) {
                line(
                        indent
                                + "    layers.Dropout("
                                + Setting.format(spec.regularization().dropout())
                                + "),");
            }
        }
        line(indent + "    " + dense(new DenseLayerSpec(spec.outputs(), spec.output())) + ",");
        line(indent + "])");
        line(indent + "model.compile(optimizer=" + optimizer() + ",");
        line(indent + "              " + argument(SpecField.LOSS) + ",");
        line(
                indent
                        + "              "
                        + name(SpecField.METRIC)
                        + "=["
                        + python(SpecField.METRIC)
                        + "])");
    }

    private String dense(DenseLayerSpec layer) {
        StringBuilder dense = new StringBuilder("layers.Dense(").append(layer.units());
        // Keras's Dense is linear when no activation is given, as lesson 3.8 writes the regression
        // output
        if (layer.activation() != Activation.LINEAR) {
            dense.append(", activation=\"").append(layer.activation().kerasName()).append('"');
        }
        // DL4J's l1/l2 on the builder reach every layer's weights, the output layer's included
        return dense.append(regularizer()).append(')').toString();
    }

    private String regularizer() {
        Regularization reg = spec.regularization();
        if (reg.l1() > 0 && reg.l2() > 0) {
            return ", kernel_regularizer=keras.regularizers.l1_l2("
                    + argument(SpecField.L1)
                    + ", "
                    + argument(SpecField.L2)
                    + ")";
        }
        if (reg.l1() > 0) {
            return ", kernel_regularizer=keras.regularizers."
                    + name(SpecField.L1)
                    + "("
                    + python(SpecField.L1)
                    + ")";
        }
        if (reg.l2() > 0) {
            return ", kernel_regularizer=keras.regularizers."
                    + name(SpecField.L2)
                    + "("
                    + python(SpecField.L2)
                    + ")";
        }
        return "";
    }

    private String optimizer() {
        String lr = argument(SpecField.LEARNING_RATE);
        return switch (spec.optimizer()) {
            case SGD -> "keras.optimizers.SGD(" + lr + ")";
            case MOMENTUM -> "keras.optimizers.SGD(" + lr + ", momentum=0.9, nesterov=True)";
            case RMSPROP -> "keras.optimizers.RMSprop(" + lr + ")";
            case ADAM -> "keras.optimizers.Adam(" + lr + ")";
        };
    }

    /** One fit with the spec's hold-out: the last fraction, the first N (lessons 3.3 and 3.7) or none. */
    private void fit() {
        String x = data.trainX();
        String y = data.trainY();
        String validation = "";
        int first = spec.validationFirst();
        if (first > 0) {
            line(val(x) + " = " + x + "[:" + first + "]");
            line(partial(x) + " = " + x + "[" + first + ":]");
            line(val(y) + " = " + y + "[:" + first + "]");
            line(partial(y) + " = " + y + "[" + first + ":]");
            line("");
            x = partial(x);
            y = partial(y);
            validation = "validation_data=(" + val(data.trainX()) + ", " + val(data.trainY()) + ")";
        } else if (spec.validationSplit() > 0) {
            validation = argument(SpecField.VALIDATION_SPLIT);
        }
        String indent = "                    ";
        line("history = model.fit(" + x + ", " + y + ",");
        StringBuilder arguments =
                new StringBuilder(
                        indent
                                + argument(SpecField.EPOCHS)
                                + ", "
                                + argument(SpecField.BATCH_SIZE));
        if (!validation.isEmpty()) {
            arguments.append(",\n").append(indent).append(validation);
        }
        if (spec.earlyStopping().isOn()) {
            arguments.append(",\n").append(indent).append(callbacks());
        }
        line(arguments + ")");
    }

    /** Lesson 3.9: k fresh models, each validated on one block; then one model trained on everything. */
    private void kFold() {
        String x = data.trainX();
        String y = data.trainY();
        String metric = spec.metric().kerasName();
        line("k = " + spec.folds());
        line("num_val_samples = len(" + x + ") // k");
        line("num_epochs = " + spec.epochs());
        line("all_" + metric + "_histories = []");
        line("");
        line("for i in range(k):");
        line("    start, end = i * num_val_samples, (i + 1) * num_val_samples");
        if (CodeData.foldsLeaveRowsOver(spec)) {
            line("    if i == k - 1:");
            line(
                    "        end = len("
                            + x
                            + ")      # the last fold also validates on the rows k leaves over");
        }
        line("    " + val(x) + " = " + x + "[start:end]");
        line("    " + val(y) + " = " + y + "[start:end]");
        line(
                "    "
                        + partial(x)
                        + " = np.concatenate(["
                        + x
                        + "[:start], "
                        + x
                        + "[end:]], axis=0)");
        line(
                "    "
                        + partial(y)
                        + " = np.concatenate(["
                        + y
                        + "[:start], "
                        + y
                        + "[end:]], axis=0)");
        line("");
        line("    model = build_model()      # a fresh model in every fold");
        String indent = "                        ";
        line("    history = model.fit(" + partial(x) + ", " + partial(y) + ",");
        line(indent + "validation_data=(" + val(x) + ", " + val(y) + "),");
        String callbacks = spec.earlyStopping().isOn() ? ",\n" + indent + callbacks() : "";
        line(
                indent
                        + name(SpecField.EPOCHS)
                        + "=num_epochs, "
                        + argument(SpecField.BATCH_SIZE)
                        + ", verbose=0"
                        + callbacks
                        + ")");
        line("    all_" + metric + "_histories.append(history.history[\"val_" + metric + "\"])");
        line("");
        if (!spec.earlyStopping().isOn()) {
            // early stopping would leave folds of different lengths, which no single mean fits
            line("average_" + metric + "_history = np.mean(all_" + metric + "_histories, axis=0)");
            line("");
        }
        line("model = build_model()      # the final model: every training example, no validation");
        line("model.fit(" + x + ", " + y + ",");
        line(
                "          "
                        + name(SpecField.EPOCHS)
                        + "=num_epochs, "
                        + argument(SpecField.BATCH_SIZE)
                        + ", verbose=0)");
    }

    private String callbacks() {
        return "callbacks=[keras.callbacks.EarlyStopping("
                + argument(SpecField.PATIENCE)
                + ", "
                + argument(SpecField.RESTORE_BEST)
                + ")]";
    }

    private void evaluate() {
        String loss = spec.loss() == Loss.MSE ? "test_mse" : "test_loss";
        String metric =
                spec.metric() == Metric.ACCURACY ? "test_acc" : "test_" + spec.metric().kerasName();
        line(
                loss
                        + ", "
                        + metric
                        + " = model.evaluate("
                        + data.testX()
                        + ", "
                        + data.testY()
                        + ")");
    }

    /** {@code name=value}: a setting Keras takes as a keyword argument, named as its description names it. */
    private String argument(SpecField field) {
        return name(field) + "=" + python(field);
    }

    private static String name(SpecField field) {
        return field.kerasName()
                .orElseThrow(() -> new IllegalStateException(field.key() + " has no Keras name"));
    }

    /** The spec's value of a setting as a Python literal. */
    private String python(SpecField field) {
        String text = spec.text(field).orElseThrow();
        return switch (field.kind()) {
            case FLAG -> Boolean.parseBoolean(text) ? "True" : "False";
            case CHOICE -> '"' + text + '"';
            default -> text;
        };
    }

    /** {@code x_train} → {@code x_val}, {@code train_data} → {@code val_data}, as the lessons name them. */
    private static String val(String train) {
        return train.replace("train", "val");
    }

    private static String partial(String train) {
        return "partial_" + train;
    }

    private void line(String text) {
        code.append(text).append('\n');
    }
}
