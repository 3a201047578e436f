package dev.neurona.web;

import dev.neurona.data.Imdb;
import dev.neurona.data.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One IMDB training review as lesson 3.2 shows it: its text, its word indices each with the word it
 * decodes to through the training vocabulary, and the positions its multi-hot vector lights.
 *
 * @param tokens the review's sequence as the model gets it, start marker first
 * @param lit the lit positions of the multi-hot vector, in increasing order
 */
public record ImdbReviewView(
        int index,
        int last,
        boolean positive,
        String text,
        List<Token> tokens,
        int unknown,
        List<Lit> lit,
        int width) {

    /** Kinds of index, for the page's styling: the three reserved ones and a word. */
    public enum Kind {
        PADDING,
        START,
        UNKNOWN,
        WORD
    }

    /** One index of the sequence and the word it stands for ({@code ?} for an unknown word, empty for a marker). */
    public record Token(int index, String word, Kind kind) {

        public String kindName() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A position of the multi-hot vector that holds a 1, and its word. */
    public record Lit(int position, String word) {}

    /** Positions of the strip's axis ticks: every 2,000 slots. */
    public static final List<Integer> TICKS = List.of(0, 2_000, 4_000, 6_000, 8_000, 10_000);

    static ImdbReviewView of(Imdb imdb, int index, String text) {
        Vocabulary vocabulary = imdb.vocabulary();
        int[] sequence = imdb.train().sequence(index);
        List<Token> tokens = new ArrayList<>(sequence.length);
        TreeMap<Integer, String> lit = new TreeMap<>();
        int unknown = 0;
        for (int i : sequence) {
            Kind kind =
                    switch (i) {
                        case Vocabulary.PADDING -> Kind.PADDING;
                        case Vocabulary.START -> Kind.START;
                        case Vocabulary.UNKNOWN -> Kind.UNKNOWN;
                        default -> Kind.WORD;
                    };
            String word =
                    kind == Kind.WORD
                            ? vocabulary.word(i).orElse(Vocabulary.UNKNOWN_WORD)
                            : kind == Kind.UNKNOWN ? Vocabulary.UNKNOWN_WORD : "";
            tokens.add(new Token(i, word, kind));
            if (kind == Kind.UNKNOWN) {
                unknown++;
            }
            // the markers are no words: the multi-hot vector leaves them 0
            // (EncodedTexts.fillMultiHot)
            if (kind == Kind.WORD && i < Imdb.WORDS) {
                lit.put(i, word);
            }
        }
        List<Lit> positions = new ArrayList<>(lit.size());
        lit.forEach((position, word) -> positions.add(new Lit(position, word)));
        return new ImdbReviewView(
                index,
                imdb.train().size() - 1,
                imdb.train().label(index) == 1,
                text,
                tokens,
                unknown,
                positions,
                Imdb.WORDS);
    }

    /** The strip's axis ticks. */
    public List<Integer> ticks() {
        return TICKS;
    }

    public String tickNumber(int tick) {
        return Formats.thousands(tick);
    }

    /** The review's index as the page prints it: 24,999. */
    public String number() {
        return Formats.thousands(index);
    }

    public String lastNumber() {
        return Formats.thousands(last);
    }

    public String tokenCount() {
        return Formats.thousands(tokens.size());
    }

    public String ones() {
        return Formats.thousands(lit.size());
    }

    public String widthNumber() {
        return Formats.thousands(width);
    }

    /**
     * The text with the web site's HTML line breaks ({@code <br />}) as line breaks: the page shows
     * it as the reviewer saw it, not as markup.
     */
    public String displayText() {
        return LINE_BREAK.matcher(text).replaceAll("\n");
    }

    private static final java.util.regex.Pattern LINE_BREAK =
            java.util.regex.Pattern.compile("<br\\s*/?>", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Where a position falls along the strip, as a CSS percentage of its width. */
    public String left(int position) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * position / width);
    }
}
