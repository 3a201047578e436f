package dev.neurona.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Encoded documents as training examples: multi-hot features of {@code width} words, and labels as
 * one 0/1 column for two classes (a sigmoid output) or one-hot for more (a softmax output).
 */
public record TextExamples(EncodedTexts texts, int width, int classes) implements Examples {

    @Override
    public int size() {
        return texts.size();
    }

    @Override
    public int inputs() {
        return width;
    }

    @Override
    public int outputs() {
        return classes == 2 ? 1 : classes;
    }

    @Override
    public TensorDataset rows(int[] indices) {
        INDArray features = Nd4j.zeros(DataType.FLOAT, indices.length, width);
        return withLabels(features, indices);
    }

    @Override
    public TensorDataset rowsInto(int[] indices, TensorDataset buffer) {
        return withLabels(buffer.features(), indices);
    }

    private TensorDataset withLabels(INDArray features, int[] indices) {
        texts.fillMultiHot(features, indices);
        int columns = outputs();
        float[] labels = new float[indices.length * columns];
        for (int i = 0; i < indices.length; i++) {
            int label = texts.label(indices[i]);
            if (columns == 1) {
                labels[i] = label;
            } else {
                labels[i * columns + label] = 1f;
            }
        }
        return new TensorDataset(features, Nd4j.create(labels, new long[] {indices.length, columns}, DataType.FLOAT));
    }
}
