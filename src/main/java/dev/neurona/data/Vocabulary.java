package dev.neurona.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The word index of the text lessons, in Keras's convention: 0 is padding, 1 marks the start of a
 * document, 2 stands for an unknown word, and the word of frequency rank r (1 = most frequent) has
 * index r + 3. Index 3 is therefore never used, and {@code size} slots (10,000 in the lessons)
 * hold the {@code size - 4} most frequent words (9,996), exactly as Keras's
 * {@code num_words=10000} does.
 */
public final class Vocabulary {

    public static final int PADDING = 0;
    public static final int START = 1;
    public static final int UNKNOWN = 2;
    /** Keras's {@code index_from}: added to a word's 1-based frequency rank. */
    public static final int INDEX_FROM = 3;
    /** Shown by {@link #decode} for the unknown-word marker, as the Keras book does. */
    public static final String UNKNOWN_WORD = "?";

    private final int size;
    private final List<String> wordsByRank;
    private final Map<String, Integer> indices;

    private Vocabulary(int size, List<String> wordsByRank) {
        this.size = size;
        this.wordsByRank = List.copyOf(wordsByRank);
        this.indices = new HashMap<>(wordsByRank.size() * 2);
        for (int rank = 1; rank <= wordsByRank.size(); rank++) {
            indices.put(wordsByRank.get(rank - 1), rank + INDEX_FROM);
        }
    }

    /**
     * Keeps the most frequent words that fit in {@code size} slots. Words with the same count are
     * ranked alphabetically, so the same counts always give the same vocabulary.
     */
    public static Vocabulary fromCounts(Map<String, Integer> counts, int size) {
        if (size <= INDEX_FROM + 1) {
            throw new IllegalArgumentException("a vocabulary needs more than " + (INDEX_FROM + 1) + " slots");
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
        return new Vocabulary(size, words.subList(0, Math.min(words.size(), size - INDEX_FROM - 1)));
    }

    /** Number of index slots, markers included: the width of a multi-hot vector. */
    public int size() {
        return size;
    }

    /** Number of words kept (9,996 for 10,000 slots, when the texts have that many distinct words). */
    public int wordCount() {
        return wordsByRank.size();
    }

    /** The index of {@code word}, or {@link #UNKNOWN} when it is not among the kept words. */
    public int index(String word) {
        return indices.getOrDefault(word, UNKNOWN);
    }

    /** The word at {@code index}, or empty for the markers and for indices outside the vocabulary. */
    public Optional<String> word(int index) {
        int rank = index - INDEX_FROM;
        return rank >= 1 && rank <= wordsByRank.size() ? Optional.of(wordsByRank.get(rank - 1)) : Optional.empty();
    }

    /** The {@code n} most frequent words, most frequent first. */
    public List<String> topWords(int n) {
        return wordsByRank.subList(0, Math.min(n, wordsByRank.size()));
    }

    /** A document as Keras stores it: {@link #START}, then each word's index ({@link #UNKNOWN} if not kept). */
    public int[] encode(List<String> words) {
        int[] sequence = new int[words.size() + 1];
        sequence[0] = START;
        for (int i = 0; i < words.size(); i++) {
            sequence[i + 1] = index(words.get(i));
        }
        return sequence;
    }

    /**
     * The words of an encoded document separated by spaces, {@code ?} for each unknown word.
     * Padding and the start marker carry no word and are skipped (the book's decoder prints a
     * {@code ?} for the start marker too; here {@code ?} only ever means "a word outside the vocabulary").
     */
    public String decode(int[] sequence) {
        StringJoiner text = new StringJoiner(" ");
        for (int index : sequence) {
            if (index != PADDING && index != START) {
                text.add(word(index).orElse(UNKNOWN_WORD));
            }
        }
        return text.toString();
    }
}
