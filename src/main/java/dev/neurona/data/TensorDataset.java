package dev.neurona.data;

import java.nio.FloatBuffer;
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
        gather(features, indices, buffer.features());
        gather(labels, indices, buffer.labels());
        return buffer;
    }

    /**
     * Copies rows {@code indices} of {@code source} into {@code target}, in order. Float row-major
     * arrays (every training set here) are copied row by row in Java: a batch's rows are scattered over
     * a large array, and pullRows' native op took twice as long per batch as plain copies.
     */
    private static void gather(INDArray source, int[] indices, INDArray target) {
        if (!rowMajorFloats(source) || !rowMajorFloats(target) || source.columns() != target.columns() || target.rows() != indices.length) {
            Nd4j.pullRows(source, target, 1, indices);
            return;
        }
        int width = (int) source.columns();
        long rows = source.rows();
        FloatBuffer from = NativeFloats.buffer(source);
        FloatBuffer to = NativeFloats.buffer(target);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= rows) {
                throw new IndexOutOfBoundsException("row " + indices[i] + " of " + rows);
            }
            to.put(i * width, from, indices[i] * width, width);
        }
    }

    private static boolean rowMajorFloats(INDArray array) {
        // a row range of a row-major array is too: its buffer starts at the view's first element
        return array.rank() == 2 && array.ordering() == 'c' && NativeFloats.viewable(array) && array.length() < Integer.MAX_VALUE;
    }

    @Override
    public TensorDataset range(int from, int to) {
        TensorDataset view = view(from, to);
        return new TensorDataset(view.features().dup(), view.labels().dup());
    }

    @Override
    public TensorDataset view(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + "–" + to + " of " + size());
        }
        return rows(from, to);
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
