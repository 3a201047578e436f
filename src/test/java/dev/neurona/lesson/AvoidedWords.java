package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words the course avoids in a text's prose: code, math, placeholders and markup are blanked
 * out first, and so is an English name given in parentheses right after its own Spanish term
 * ("época (epoch)", "exactitud (*accuracy*)"), which is how the course shows Keras's names.
 */
final class AvoidedWords {

    /** A word to avoid, what to write instead, and the Spanish forms after which it may appear as a gloss. */
    record Rule(String word, String instead, List<String> glossedAfter) {}

    /** One use of an avoided word: where, which word, and what to write instead. */
    record Finding(String source, int line, String word, String instead, String context) {
        @Override
        public String toString() {
            return source
                    + ":"
                    + line
                    + ": «"
                    + word
                    + "» (usa «"
                    + instead
                    + "»): …"
                    + context
                    + "…";
        }
    }

    private static final Pattern FENCE =
            Pattern.compile("(?ms)^(```+|~~~+)([^\\n]*)\\n(.*?)^\\1[ \\t]*$");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`]*?\\1");
    private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$.*?\\$\\$");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$[^$\\n]+\\$");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern HTML_CODE = Pattern.compile("(?is)<code>.*?</code>");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]+>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}\\n]*\\}");

    private final List<Rule> rules;

    AvoidedWords(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of a glossary: each term's avoided words, glossable after the term's Spanish forms. */
    static List<Rule> rulesOf(Glossary glossary) {
        List<Rule> rules = new ArrayList<>();
        for (Glossary.Term term : glossary.terms()) {
            List<String> spanish = new ArrayList<>(term.forms());
            spanish.add(term.spanish().toLowerCase(Locale.ROOT));
            for (String word : term.avoid()) {
                rules.add(new Rule(word, term.spanish(), spanish));
            }
        }
        return rules;
    }

    /** The prose of a lesson's markdown: fenced code and directive blocks go, except a quiz's questions. */
    static String proseOfMarkdown(String markdown) {
        StringBuilder out = new StringBuilder(markdown);
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            String info = fence.group(2).trim().split("\\s+")[0];
            if (info.equals("quiz")) {
                blank(out, fence.start(), fence.start(3));
                blankLines(out, fence.start(3), fence.end(3), "id:");
                blank(out, fence.end(3), fence.end());
            } else {
                blank(out, fence.start(), fence.end());
            }
        }
        for (Pattern p : List.of(DISPLAY_MATH, INLINE_CODE, INLINE_MATH, LINK_TARGET, TAG)) {
            blankAll(out, p);
        }
        return out.toString();
    }

    /** The prose of a UI string: its {placeholders}, code and tags blanked. */
    static String proseOfMessage(String message) {
        StringBuilder out = new StringBuilder(message);
        for (Pattern p : List.of(HTML_CODE, TAG, PLACEHOLDER)) {
            blankAll(out, p);
        }
        return out.toString();
    }

    /** Every avoided word in {@code prose} (already stripped of code), with its line in the source. */
    List<Finding> find(String source, String prose) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            String text = withoutGlosses(prose, rule);
            Matcher m = wordPattern(rule.word()).matcher(text);
            while (m.find()) {
                int line =
                        1
                                + (int)
                                        text.substring(0, m.start())
                                                .chars()
                                                .filter(c -> c == '\n')
                                                .count();
                String context =
                        text.substring(
                                        Math.max(0, m.start() - 30),
                                        Math.min(text.length(), m.end() + 30))
                                .replaceAll("\\s+", " ");
                findings.add(new Finding(source, line, m.group(), rule.instead(), context));
            }
        }
        return findings;
    }

    private static String withoutGlosses(String prose, Rule rule) {
        if (rule.glossedAfter().isEmpty()) {
            return prose;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String form : rule.glossedAfter()) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(spaced(form));
        }
        Pattern gloss =
                Pattern.compile(
                        "(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")\\**\\s*(\\([^)\\n]*\\))",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        StringBuilder out = new StringBuilder(prose);
        Matcher m = gloss.matcher(prose);
        while (m.find()) {
            blank(out, m.start(1), m.end(1));
        }
        return out.toString();
    }

    static Pattern wordPattern(String word) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + spaced(word) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String spaced(String words) {
        StringBuilder out = new StringBuilder();
        for (String part : words.trim().split("\\s+")) {
            out.append(out.isEmpty() ? "" : "\\s+").append(Pattern.quote(part));
        }
        return out.toString();
    }

    private static void blankAll(StringBuilder text, Pattern pattern) {
        Matcher m = pattern.matcher(text.toString());
        while (m.find()) {
            blank(text, m.start(), m.end());
        }
    }

    /** Replaces a range by spaces, keeping its line breaks so that line numbers still hold. */
    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static void blankLines(StringBuilder text, int from, int to, String prefix) {
        int start = from;
        while (start < to) {
            int end = text.indexOf("\n", start);
            end = end < 0 || end > to ? to : end;
            if (text.substring(start, end).trim().startsWith(prefix)) {
                blank(text, start, end);
            }
            start = end + 1;
        }
    }
}
