package dev.neurona.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into lowercase words, as the text lessons (IMDB, Reuters) read their documents.
 *
 * <p>The rules, in order: the HTML line breaks IMDB reviews keep from the web site ({@code <br />})
 * become spaces; the text is lowercased; the typographic apostrophe (’) becomes {@code '}; a word is
 * then a maximal run of letters (of any alphabet, so "café" stays one word) and apostrophes, and
 * everything else separates words: spaces, punctuation, hyphens ("well-made" gives "well" and
 * "made") and digits (numbers are dropped). Apostrophes at either end of a word are quotes, not
 * part of it, and are removed; inside a word they stay ("don't", "it's").
 *
 * <p>Keras's IMDB word index was built by another tokenizer, so word ranks beyond the most common
 * words can differ slightly from the book's; the lessons only rely on the method.
 */
public final class Tokenizer {

    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private Tokenizer() {
    }

    public static List<String> tokenize(String text) {
        String clean = LINE_BREAK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= clean.length(); i++) {
            boolean inWord = i < clean.length() && isWordChar(clean.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addTrimmed(clean, start, i, words);
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return c == '\'' || Character.isLetter(c);
    }

    /** Adds text[from, to) without the apostrophes at its ends, unless nothing else is left. */
    private static void addTrimmed(String text, int from, int to, List<String> words) {
        while (from < to && text.charAt(from) == '\'') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '\'') {
            to--;
        }
        if (from < to) {
            words.add(text.substring(from, to));
        }
    }
}
