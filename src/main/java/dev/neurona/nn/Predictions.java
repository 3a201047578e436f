package dev.neurona.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns network outputs into predicted classes: argmax for several outputs, threshold 0.5 for one. */
final class Predictions {

    private Predictions() {
    }

    static int[] classes(INDArray outputs) {
        int rows = (int) outputs.rows();
        int[] classes = new int[rows];
        if (outputs.columns() == 1) {
            for (int i = 0; i < rows; i++) {
                classes[i] = outputs.getDouble(i, 0) >= 0.5 ? 1 : 0;
            }
            return classes;
        }
        INDArray argmax = Nd4j.argMax(outputs, 1);
        for (int i = 0; i < rows; i++) {
            classes[i] = argmax.getInt(i);
        }
        return classes;
    }

    static int correct(INDArray outputs, INDArray labels) {
        int[] predicted = classes(outputs);
        int[] actual = classes(labels);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == actual[i]) {
                correct++;
            }
        }
        return correct;
    }
}
