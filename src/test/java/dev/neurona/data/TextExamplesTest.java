package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Encoded documents become multi-hot batches on demand, with binary or one-hot labels. */
class TextExamplesTest {

    private static final EncodedTexts TEXTS = new EncodedTexts(new int[][] {{1, 3, 4, 4}, {1, 5}, {1, 2, 9}}, new int[] {1, 0, 2});

    @Test
    void binaryLabelsAreOneColumnAndRowsComeInTheOrderAsked() {
        TextExamples examples = new TextExamples(new EncodedTexts(TEXTS.sequences(), new int[] {1, 0, 1}), 8, 2);
        assertEquals(1, examples.outputs());
        TensorDataset batch = examples.rows(new int[] {1, 0});
        assertEquals(1.0, batch.features().getDouble(0, 5));
        assertEquals(2.0, batch.features().getRow(1).sumNumber().doubleValue(), "words 3 and 4 once each; markers stay 0");
        assertEquals(0.0, batch.labels().getDouble(0, 0));
        assertEquals(1.0, batch.labels().getDouble(1, 0));
    }

    @Test
    void manyClassesAreOneHotAndWordsBeyondTheWidthAreDropped() {
        TextExamples examples = new TextExamples(TEXTS, 8, 3);
        assertEquals(3, examples.outputs());
        TensorDataset all = examples.range(0, 3);
        assertEquals(1.0, all.labels().getDouble(2, 2));
        assertEquals(0.0, all.features().getRow(2).sumNumber().doubleValue(), "word 9 is outside the 8-word vocabulary");
    }
}
