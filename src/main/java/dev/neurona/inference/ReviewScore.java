package dev.neurona.inference;

import java.util.List;

/**
 * What a trained IMDB model says about one review: the probability that it is positive, and the
 * review's words as the network saw them, each marked known (it has a column among the 10,000) or
 * unknown (left out of the input).
 */
public record ReviewScore(double probability, List<Word> words, int distinctKnownWords) {

    /** One word of the review, lowercased as the tokenizer gives it. */
    public record Word(String text, boolean known) {
    }

    public ReviewScore {
        words = List.copyOf(words);
    }

    /** The verdict, with the threshold the test evaluation uses. */
    public boolean positive() {
        return probability >= 0.5;
    }

    public int distinctUnknownWords() {
        return (int) words.stream().filter(w -> !w.known()).map(Word::text).distinct().count();
    }
}
