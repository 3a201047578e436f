package dev.neurona.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns labeled raw texts into a train/test pair of {@link EncodedTexts} with a vocabulary counted
 * on the training side only (counting test words too would leak the test set into the model's
 * inputs).
 *
 * <p>Each text is tokenized once, as it is added, into provisional word ids; words are counted and
 * ranked after the split, and the ids are then rewritten in place into vocabulary indices. Keeping
 * the 50,000 IMDB reviews as token strings instead would take several hundred MB for a moment.
 */
final class CorpusEncoder {

    private final Map<String, Integer> provisionalIds = new HashMap<>();
    private final List<String> provisionalWords = new ArrayList<>();
    private final List<int[]> documents = new ArrayList<>();
    private int[] labels = new int[1024];

    /** Pair of encoded sets and the vocabulary they use. */
    record Result(Vocabulary vocabulary, EncodedTexts train, EncodedTexts test) {
    }

    void add(String text, int label) {
        List<String> words = Tokenizer.tokenize(text);
        // slot 0 is kept for the start marker, so the rewrite needs no second array
        int[] ids = new int[words.size() + 1];
        for (int i = 0; i < words.size(); i++) {
            ids[i + 1] = provisionalIds.computeIfAbsent(words.get(i), word -> {
                provisionalWords.add(word);
                return provisionalWords.size() - 1;
            });
        }
        if (documents.size() == labels.length) {
            labels = Arrays.copyOf(labels, labels.length * 2);
        }
        labels[documents.size()] = label;
        documents.add(ids);
    }

    int size() {
        return documents.size();
    }

    int[] labels() {
        return Arrays.copyOf(labels, documents.size());
    }

    /** Encodes every added text once; the encoder must not be used afterwards. */
    Result encode(Split split, int vocabularySize) {
        int[] counts = new int[provisionalWords.size()];
        for (int document : split.train()) {
            int[] ids = documents.get(document);
            for (int i = 1; i < ids.length; i++) {
                counts[ids[i]]++;
            }
        }
        Map<String, Integer> trainCounts = new HashMap<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 0) {
                trainCounts.put(provisionalWords.get(id), counts[id]);
            }
        }
        Vocabulary vocabulary = Vocabulary.fromCounts(trainCounts, vocabularySize);
        int[] indexOf = new int[provisionalWords.size()];
        for (int id = 0; id < indexOf.length; id++) {
            indexOf[id] = vocabulary.index(provisionalWords.get(id));
        }
        for (int[] ids : documents) {
            ids[0] = Vocabulary.START;
            for (int i = 1; i < ids.length; i++) {
                ids[i] = indexOf[ids[i]];
            }
        }
        return new Result(vocabulary, select(split.train()), select(split.test()));
    }

    private EncodedTexts select(int[] order) {
        int[][] sequences = new int[order.length][];
        int[] selected = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sequences[i] = documents.get(order[i]);
            selected[i] = labels[order[i]];
        }
        return new EncodedTexts(sequences, selected);
    }
}
