package dev.neurona.data;

import java.util.List;

/**
 * Encodes a new text exactly as a dataset's training texts were encoded: the same {@link Tokenizer},
 * the same training {@link Vocabulary} and the same multi-hot columns, so a trained network reads a
 * learner's review the way it read the reviews it learnt from.
 */
public final class TextEncoder {

    private final Vocabulary vocabulary;
    private final int width;

    /** @param width the multi-hot width the network was trained on ({@link Imdb#WORDS} for IMDB) */
    public TextEncoder(Vocabulary vocabulary, int width) {
        this.vocabulary = vocabulary;
        this.width = width;
    }

    public EncodedText encode(String text) {
        List<String> words = Tokenizer.tokenize(text);
        return new EncodedText(words, vocabulary.encode(words), width);
    }
}
