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
        Regularization reg = spec.regularization();
        for (DenseLayerSpec layer : spec.hidden()) {
            code.append("    layers.Dense(").append(layer.units()).append(", activation=\"").append(layer.activation().kerasName())
                    .append("\"").append(kerasRegularizer(reg)).append("),\n");
            if (reg.dropout() > 0) {
                code.append("    layers.Dropout(").append(SpecField.format(reg.dropout())).append("),\n");
            }
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
        if (spec.earlyStopping().isOn()) {
            code.append(",\n                    callbacks=[keras.callbacks.EarlyStopping(patience=").append(spec.earlyStopping().patience())
                    .append(", restore_best_weights=").append(spec.earlyStopping().restoreBest() ? "True" : "False").append(")]");
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
        if (spec.regularization().l1() > 0) {
            code.append("        .l1(").append(SpecField.format(spec.regularization().l1())).append(")\n");
        }
        if (spec.regularization().l2() > 0) {
            code.append("        .l2(").append(SpecField.format(2 * spec.regularization().l2())).append(")   // DL4J's L2 is ½·λ·Σw²\n");
        }
        code.append("        .list()\n");
        int previous = spec.inputs();
        List<DenseLayerSpec> hidden = spec.hidden();
        for (DenseLayerSpec layer : hidden) {
            code.append("        .layer(new DenseLayer.Builder().nIn(").append(previous).append(").nOut(").append(layer.units())
                    .append(")\n                .activation(Activation.").append(layer.activation().dl4j().name()).append(").build())\n");
            if (spec.regularization().dropout() > 0) {
                code.append("        .layer(new DropoutLayer(").append(SpecField.format(1 - spec.regularization().dropout()))
                        .append("))   // DL4J takes the probability of keeping a unit\n");
            }
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

    private static String kerasRegularizer(Regularization reg) {
        if (reg.l1() > 0 && reg.l2() > 0) {
            return ", kernel_regularizer=keras.regularizers.l1_l2(l1=" + SpecField.format(reg.l1()) + ", l2=" + SpecField.format(reg.l2()) + ")";
        }
        if (reg.l1() > 0) {
            return ", kernel_regularizer=keras.regularizers.l1(" + SpecField.format(reg.l1()) + ")";
        }
        if (reg.l2() > 0) {
            return ", kernel_regularizer=keras.regularizers.l2(" + SpecField.format(reg.l2()) + ")";
        }
        return "";
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
