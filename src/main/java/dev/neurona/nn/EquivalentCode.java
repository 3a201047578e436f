package dev.neurona.nn;

import java.util.List;

/**
 * The Keras (Python) and DL4J (Java) code that trains what a spec describes, so a learner can
 * take the experiment out of the browser. Both are generated from the same spec as the run.
 */
public final class EquivalentCode {

    private EquivalentCode() {
    }

    public static String keras(NetworkSpec spec) {
        StringBuilder code = new StringBuilder();
        code.append("from tensorflow import keras\nfrom tensorflow.keras import layers\n\n");
        code.append("model = keras.Sequential([\n");
        code.append("    keras.Input(shape=(").append(spec.inputs()).append(",)),\n");
        for (DenseLayerSpec layer : spec.hidden()) {
            code.append("    layers.Dense(").append(layer.units()).append(", activation=\"").append(layer.activation().kerasName()).append("\"),\n");
        }
        code.append("    layers.Dense(").append(spec.outputs()).append(", activation=\"").append(spec.output().kerasName()).append("\"),\n");
        code.append("])\n");
        code.append("model.compile(optimizer=").append(kerasOptimizer(spec)).append(",\n");
        code.append("              loss=\"").append(spec.loss().kerasName()).append("\",\n");
        code.append("              metrics=[\"").append(spec.loss() == Loss.MSE ? "mae" : "accuracy").append("\"])\n");
        code.append("keras.utils.set_random_seed(").append(spec.seed()).append(")\n");
        code.append("history = model.fit(train_images, train_labels,\n");
        code.append("                    epochs=").append(spec.epochs()).append(", batch_size=").append(spec.batchSize());
        if (spec.validationSplit() > 0) {
            code.append(",\n                    validation_split=").append(SpecField.format(spec.validationSplit()));
        }
        code.append(")\n");
        code.append("test_loss, test_acc = model.evaluate(test_images, test_labels)\n");
        return code.toString();
    }

    public static String dl4j(NetworkSpec spec) {
        StringBuilder code = new StringBuilder();
        code.append("MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()\n");
        code.append("        .seed(").append(spec.seed()).append(")\n");
        code.append("        .updater(").append(dl4jUpdater(spec)).append(")\n");
        code.append("        .weightInit(WeightInit.XAVIER_UNIFORM)\n");
        code.append("        .list()\n");
        int previous = spec.inputs();
        List<DenseLayerSpec> hidden = spec.hidden();
        for (DenseLayerSpec layer : hidden) {
            code.append("        .layer(new DenseLayer.Builder().nIn(").append(previous).append(").nOut(").append(layer.units())
                    .append(")\n                .activation(Activation.").append(layer.activation().dl4j().name()).append(").build())\n");
            previous = layer.units();
        }
        code.append("        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.").append(spec.loss().dl4j().name()).append(")\n");
        code.append("                .nIn(").append(previous).append(").nOut(").append(spec.outputs())
                .append(").activation(Activation.").append(spec.output().dl4j().name()).append(").build())\n");
        code.append("        .build();\n");
        code.append("MultiLayerNetwork model = new MultiLayerNetwork(conf);\nmodel.init();\n");
        code.append("// ").append(spec.epochs()).append(" epochs, batch ").append(spec.batchSize());
        if (spec.validationSplit() > 0) {
            code.append(", the last ").append(SpecField.format(spec.validationSplit())).append(" held out for validation");
        }
        code.append("\nDataSetIterator train = new ListDataSetIterator<>(trainSet.batchBy(").append(spec.batchSize()).append("));\n");
        code.append("model.fit(train, ").append(spec.epochs()).append(");\n");
        code.append("Evaluation eval = model.evaluate(testIterator);\n");
        return code.toString();
    }

    private static String kerasOptimizer(NetworkSpec spec) {
        String lr = SpecField.format(spec.learningRate());
        return switch (spec.optimizer()) {
            case SGD -> "keras.optimizers.SGD(learning_rate=" + lr + ")";
            case MOMENTUM -> "keras.optimizers.SGD(learning_rate=" + lr + ", momentum=0.9, nesterov=True)";
            case RMSPROP -> "keras.optimizers.RMSprop(learning_rate=" + lr + ")";
            case ADAM -> "keras.optimizers.Adam(learning_rate=" + lr + ")";
        };
    }

    private static String dl4jUpdater(NetworkSpec spec) {
        String lr = SpecField.format(spec.learningRate());
        return switch (spec.optimizer()) {
            case SGD -> "new Sgd(" + lr + ")";
            case MOMENTUM -> "new Nesterovs(" + lr + ", 0.9)";
            case RMSPROP -> "new RmsProp(" + lr + ", 0.9, 1e-7)";
            case ADAM -> "new Adam(" + lr + ", 0.9, 0.999, 1e-7)";
        };
    }
}
