package dev.neurona.data;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One text as a network of the text lessons sees it: its words, their indices in Keras's encoding
 * ({@link Vocabulary#START} first) and the multi-hot row built from them.
 */
public record EncodedText(List<String> words, int[] sequence, int width) {

    public EncodedText {
        words = List.copyOf(words);
        if (sequence.length != words.size() + 1) {
            throw new IllegalArgumentException("a sequence holds the start marker and one index per word");
        }
    }

    /** Whether word {@code position} has a column of its own; any other word is left out of the multi-hot row. */
    public boolean isKnown(int position) {
        int index = sequence[position + 1];
        return index > Vocabulary.UNKNOWN && index < width;
    }

    /** The row [1, width] the network reads, built by the same code as the training batches. */
    public INDArray multiHot() {
        return asTexts().multiHot(0, 1, width);
    }

    /** Number of distinct known words: the number of 1s in {@link #multiHot()}. */
    public int distinctKnownWords() {
        return asTexts().distinctWords(0, width);
    }

    private EncodedTexts asTexts() {
        // the label is never read: only the features of a new text are needed
        return new EncodedTexts(new int[][] {sequence}, new int[] {0});
    }
}
