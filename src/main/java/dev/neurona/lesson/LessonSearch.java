package dev.neurona.lesson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds lessons by the words of their title and text. Accents and case do not matter, so
 * "epoca" finds "época"; every word of the query must appear; title matches rank first.
 */
public final class LessonSearch {

    private static final int SNIPPET = 80;

    private final List<Entry> entries = new ArrayList<>();

    private record Entry(Lesson lesson, String title, String text, String plain) {
    }

    /** A lesson that matches, with a piece of its text around the first match. */
    public record Hit(Lesson lesson, String snippet) {
    }

    public LessonSearch(List<Lesson> lessons) {
        for (Lesson lesson : lessons) {
            String plain = plainText(lesson.markdown());
            entries.add(new Entry(lesson, fold(lesson.title() + " " + lesson.summary()), fold(plain), plain));
        }
    }

    public List<Hit> search(String query, int limit) {
        List<String> words = List.of(fold(query).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> w.length() > 1).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : entries) {
            int score = 0;
            boolean all = true;
            for (String word : words) {
                boolean inTitle = entry.title().contains(word);
                boolean inText = entry.text().contains(word);
                all &= inTitle || inText;
                score += (inTitle ? 10 : 0) + (inText ? 1 : 0);
            }
            if (all) {
                scored.add(new Scored(entry, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingInt(s -> s.entry().lesson().module()).thenComparingInt(s -> s.entry().lesson().number()));
        return scored.stream().limit(limit).map(s -> new Hit(s.entry().lesson(), snippet(s.entry(), words.get(0)))).toList();
    }

    private static String snippet(Entry entry, String word) {
        int at = entry.text().indexOf(word);
        if (at < 0) {
            return entry.lesson().summary();
        }
        int from = Math.max(0, at - SNIPPET);
        int to = Math.min(entry.plain().length(), at + word.length() + SNIPPET);
        return (from > 0 ? "…" : "") + entry.plain().substring(from, to).trim() + (to < entry.plain().length() ? "…" : "");
    }

    /** Lower case without accents; keeps the length, so positions map back to the original text. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        String folded = out.toString().toLowerCase(Locale.ROOT);
        return folded.length() == text.length() ? folded : text.toLowerCase(Locale.ROOT);
    }

    /** The lesson's prose: no code, directives, math or markup. */
    static String plainText(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || trimmed.startsWith("$$") || trimmed.startsWith("|---") || trimmed.startsWith("![")) {
                continue;
            }
            out.append(trimmed.replaceAll("\\$[^$]*\\$", " ").replaceAll("[#*_`>|\\[\\]]", "")
                    .replaceAll("\\((/|https?:)[^)]*\\)", "")).append(' ');
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }
}
