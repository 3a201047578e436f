package dev.neurona.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns network outputs into predicted classes: argmax for several outputs, threshold 0.5 for one. */
final class Predictions {

    private Predictions() {
    }

    static int[] classes(INDArray outputs) {
        int rows = (int) outputs.rows();
        if (outputs.columns() == 1) {
            // one bulk copy to the heap: a native call per row costs more than the batch's matrix products
            float[] column = outputs.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).reshape(rows).toFloatVector();
            int[] classes = new int[rows];
            for (int i = 0; i < rows; i++) {
                classes[i] = binaryClass(column[i]);
            }
            return classes;
        }
        return Nd4j.argMax(outputs, 1).reshape(rows).toIntVector();
    }

    /** The class of a single sigmoid output (or a 0/1 label): 1 from 0.5 on. */
    static int binaryClass(float probability) {
        return probability >= 0.5f ? 1 : 0;
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
