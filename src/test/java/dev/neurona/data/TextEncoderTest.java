package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new text is encoded exactly as the training texts: same words, same columns, unknown words left out. */
class TextEncoderTest {

    @Test
    void aKnownWordSetsItsVocabularyColumnAndAnUnknownWordSetsNothing() {
        Vocabulary vocabulary = Vocabulary.fromCounts(Map.of("great", 9, "film", 7, "boring", 5, "rare", 1), 7);
        EncodedText text = new TextEncoder(vocabulary, 7).encode("Great film<br />GREAT, rare!");
        assertEquals(List.of("great", "film", "great", "rare"), text.words());
        float[] row = text.multiHot().toFloatVector();
        float[] expected = new float[7];
        expected[vocabulary.index("great")] = 1;
        expected[vocabulary.index("film")] = 1;
        assertArrayEquals(expected, row, "a repeated word is one 1, the unknown \"rare\" is none");
        assertTrue(text.isKnown(0) && text.isKnown(1) && text.isKnown(2));
        assertFalse(text.isKnown(3));
        assertEquals(2, text.distinctKnownWords());
    }

    @Test
    void aTextWithoutWordsIsARowOfZeros() {
        Vocabulary vocabulary = Vocabulary.fromCounts(Map.of("great", 9), 5);
        EncodedText text = new TextEncoder(vocabulary, 5).encode("10/10 !!!");
        assertEquals(List.of(), text.words());
        assertArrayEquals(new float[5], text.multiHot().toFloatVector());
        assertEquals(0, text.distinctKnownWords());
    }

    @Test
    void aTrainingTextTypedAgainGivesItsTrainingRow() {
        List<String> texts = List.of("A great film, great acting.", "Boring film; awful acting!",
                "What a film: great.", "Awful, boring, awful plot.");
        CorpusEncoder corpus = new CorpusEncoder();
        int[] labels = {1, 0, 1, 0};
        for (int i = 0; i < texts.size(); i++) {
            corpus.add(texts.get(i), labels[i]);
        }
        Split split = Split.stratified(labels, 2, 0.5, 113);
        int width = 8;
        CorpusEncoder.Result encoded = corpus.encode(split, width);
        TextEncoder encoder = new TextEncoder(encoded.vocabulary(), width);
        for (int row = 0; row < split.train().length; row++) {
            String original = texts.get(split.train()[row]);
            assertArrayEquals(encoded.train().multiHot(row, row + 1, width).toFloatVector(),
                    encoder.encode(original).multiHot().toFloatVector(), original);
        }
    }
}
