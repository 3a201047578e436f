package dev.neurona.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Features and labels (one-hot, or one 0/1 or real-valued column) as ND4J arrays, one example per row. */
public record TensorDataset(INDArray features, INDArray labels) implements Examples {

    public TensorDataset {
        if (features.rows() != labels.rows()) {
            throw new IllegalArgumentException("features and labels have different row counts");
        }
    }

    @Override
    public int size() {
        return (int) features.rows();
    }

    @Override
    public int inputs() {
        return (int) features.columns();
    }

    public int classes() {
        return (int) labels.columns();
    }

    @Override
    public int outputs() {
        return (int) labels.columns();
    }

    @Override
    public TensorDataset rows(int[] indices) {
        return new TensorDataset(Nd4j.pullRows(features, 1, indices), Nd4j.pullRows(labels, 1, indices));
    }

    @Override
    public TensorDataset rowsInto(int[] indices, TensorDataset buffer) {
        Nd4j.pullRows(features, buffer.features(), 1, indices);
        Nd4j.pullRows(labels, buffer.labels(), 1, indices);
        return buffer;
    }

    @Override
    public TensorDataset range(int from, int to) {
        TensorDataset view = rows(from, to);
        return new TensorDataset(view.features().dup(), view.labels().dup());
    }

    /** Rows [from, to) as views that share memory with this dataset. */
    public TensorDataset rows(int from, int to) {
        return new TensorDataset(
                features.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()),
                labels.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()));
    }

    /** Images flattened to rows of floats in [0, 1] (byte / 255) with one-hot labels, as Keras's lesson does. */
    public static TensorDataset fromImages(LabeledImages images, int classes) {
        int n = images.count();
        int width = images.pixelsPerImage();
        float[] features = new float[n * width];
        byte[] pixels = images.pixels();
        for (int i = 0; i < features.length; i++) {
            features[i] = (pixels[i] & 0xff) / 255f;
        }
        float[] oneHot = new float[n * classes];
        for (int i = 0; i < n; i++) {
            oneHot[i * classes + images.label(i)] = 1f;
        }
        return new TensorDataset(
                Nd4j.create(features, new long[] {n, width}, DataType.FLOAT),
                Nd4j.create(oneHot, new long[] {n, classes}, DataType.FLOAT));
    }
}
