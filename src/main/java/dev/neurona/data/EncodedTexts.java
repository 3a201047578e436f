package dev.neurona.data;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Documents as word-index sequences in Keras's encoding ({@link Vocabulary#START} first), each with
 * an integer label.
 *
 * <p>This is the compact form a text dataset is kept in: IMDB's 25,000 training reviews take about
 * 25 MB as indices, while their multi-hot vectors would take 1 GB (25,000 × 10,000 floats). Multi-hot
 * rows are therefore built on demand, a batch at a time, by {@link #multiHot} or {@link #fillMultiHot}.
 */
public record EncodedTexts(int[][] sequences, int[] labels) {

    public EncodedTexts {
        if (sequences.length != labels.length) {
            throw new IllegalArgumentException("sequences and labels have different counts");
        }
    }

    public int size() {
        return labels.length;
    }

    public int[] sequence(int index) {
        return sequences[index];
    }

    public int label(int index) {
        return labels[index];
    }

    /** Documents [from, to), sharing the sequences with this set (e.g. the validation hold-out). */
    public EncodedTexts rows(int from, int to) {
        return new EncodedTexts(Arrays.copyOfRange(sequences, from, to), Arrays.copyOfRange(labels, from, to));
    }

    /** How many documents carry each label 0..classes-1. */
    public int[] labelCounts(int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * Multi-hot vectors of documents [from, to) as a float array [to - from, width]: column w is 1
     * when word index w occurs in the document, however often. The markers (padding, start,
     * unknown) are no words and stay 0, so a row sums to the number of distinct known words
     * (Keras's {@code vectorize_sequences} also sets column 1 in every row and column 2 when a word
     * is unknown; those are markers, not words).
     */
    public INDArray multiHot(int from, int to, int width) {
        INDArray rows = Nd4j.zeros(DataType.FLOAT, to - from, width);
        fillMultiHot(rows, from);
        return rows;
    }

    /**
     * Overwrites {@code batch} [rows, width] with the multi-hot vectors of documents [from, from + rows):
     * a trainer can reuse one batch array for a whole epoch instead of allocating 20 MB per batch of 512.
     */
    public void fillMultiHot(INDArray batch, int from) {
        int[] indices = new int[(int) batch.rows()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        fillMultiHot(batch, indices);
    }

    /** As {@link #fillMultiHot(INDArray, int)}, for documents picked by index (a shuffled batch). */
    public void fillMultiHot(INDArray batch, int[] documents) {
        int rows = (int) batch.rows();
        int width = (int) batch.columns();
        batch.assign(0);
        if (batch.isView() || batch.ordering() != 'c' || batch.dataType() != DataType.FLOAT) {
            for (int row = 0; row < rows; row++) {
                for (int index : sequences[documents[row]]) {
                    if (index > Vocabulary.UNKNOWN && index < width) {
                        batch.putScalar(row, index, 1.0);
                    }
                }
            }
            return;
        }
        // write straight into the batch's memory: a native call per word (putScalar) costs ~200 ms a batch
        java.nio.FloatBuffer memory = batch.data().asNioFloat();
        for (int row = 0; row < rows; row++) {
            for (int index : sequences[documents[row]]) {
                if (index > Vocabulary.UNKNOWN && index < width) {
                    memory.put(row * width + index, 1f);
                }
            }
        }
    }

    /** Number of distinct known words in document {@code index}: the sum of its multi-hot row. */
    public int distinctWords(int index, int width) {
        return (int) Arrays.stream(sequences[index]).filter(i -> i > Vocabulary.UNKNOWN && i < width).distinct().count();
    }
}
