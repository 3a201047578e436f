package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The tokenizer, vocabulary, split and standardizer on small inline data. */
class TextEncodingTest {

    @Test
    void tokenizerKeepsLowercaseWordsWithInnerApostrophes() {
        assertEquals(List.of("i", "can't", "believe", "it's", "not", "good", "well", "made", "café", "out", "of"),
                Tokenizer.tokenize("I can't believe it’s<br /><br />NOT 'good'... Well-made café, 10 out of 10!"));
        assertEquals(List.of(), Tokenizer.tokenize(" '' 42 -- "));
    }

    @Test
    void vocabularyRanksByCountThenAlphabeticallyFromIndexFour() {
        Vocabulary vocabulary = Vocabulary.fromCounts(Map.of("a", 5, "b", 5, "c", 9, "d", 1), 7);
        assertEquals(7, vocabulary.size());
        assertEquals(3, vocabulary.wordCount(), "7 slots minus padding, start, unknown and the unused 3");
        assertEquals(4, vocabulary.index("c"));
        assertEquals(5, vocabulary.index("a"));
        assertEquals(6, vocabulary.index("b"));
        assertEquals(Vocabulary.UNKNOWN, vocabulary.index("d"));
        assertEquals(Optional.empty(), vocabulary.word(3));
        int[] encoded = vocabulary.encode(List.of("b", "d", "c"));
        assertArrayEquals(new int[] {1, 6, 2, 4}, encoded);
        assertEquals("b ? c", vocabulary.decode(encoded));
    }

    @Test
    void multiHotMarksDistinctWordsOnly() {
        EncodedTexts texts = new EncodedTexts(new int[][] {{1, 4, 4, 2, 6}, {1}}, new int[] {1, 0});
        float[][] rows = texts.multiHot(0, 2, 7).toFloatMatrix();
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 0, 1}, rows[0]);
        assertArrayEquals(new float[7], rows[1]);
        assertEquals(2, texts.distinctWords(0, 7));
        INDArray batch = texts.multiHot(0, 1, 7);
        texts.fillMultiHot(batch, 1);
        assertEquals(0.0, batch.sumNumber().doubleValue(), "a reused batch is cleared first");
    }

    @Test
    void stratifiedSplitKeepsClassesBalancedAndIsDeterministic() {
        int[] sorted = new int[20];
        Arrays.fill(sorted, 10, 20, 1);
        Split split = Split.stratified(sorted, 2, 0.5, 113);
        assertEquals(10, split.train().length);
        assertEquals(5, Arrays.stream(split.train()).filter(i -> sorted[i] == 1).count());
        assertArrayEquals(IntStream.range(0, 20).toArray(),
                IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray());
        Split again = Split.stratified(sorted, 2, 0.5, 113);
        assertArrayEquals(split.train(), again.train());
        assertArrayEquals(split.test(), again.test());
        assertFalse(Arrays.equals(split.train(), Split.stratified(sorted, 2, 0.5, 114).train()));
    }

    @Test
    void shuffledSplitIsDeterministic() {
        Split split = Split.shuffled(506, 404, 113);
        assertEquals(404, split.train().length);
        assertEquals(102, split.test().length);
        assertArrayEquals(split.train(), Split.shuffled(506, 404, 113).train());
        assertFalse(Arrays.equals(split.train(), Split.shuffled(506, 404, 7).train()));
    }

    @Test
    void standardizerUsesItsOwnStatisticsOnNewData() {
        Standardizer standardizer = Standardizer.fit(new double[][] {{1, 10}, {3, 10}});
        assertArrayEquals(new double[] {2, 10}, standardizer.mean());
        assertArrayEquals(new double[] {1, 1}, standardizer.std(), "a constant feature gets deviation 1");
        assertArrayEquals(new double[] {-1, 0}, standardizer.apply(new double[] {1, 10}));
        assertArrayEquals(new double[] {3, 5}, standardizer.apply(new double[] {5, 15}));
    }
}
