package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps TeX away from the markdown parser: {@code $…$} and {@code $$…$$} are swapped for inert
 * tokens before parsing (so {@code _} and {@code \} survive) and come back afterwards as elements
 * KaTeX renders in the browser. Code blocks and inline code are left alone.
 */
final class MathSpans {

    private static final String TOKEN = "NEURONAMATH";
    private final List<String> html = new ArrayList<>();
    private final List<Boolean> display = new ArrayList<>();

    String extract(String markdown) {
        StringBuilder out = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        boolean indentedCode = false;
        boolean previousBlank = true;
        boolean inList = false;
        StringBuilder display = null;
        for (String line : lines) {
            String trimmed = line.trim();
            if (display != null) {
                if (trimmed.endsWith("$$")) {
                    display.append(trimmed, 0, trimmed.length() - 2);
                    out.append('\n').append(token(element(display.toString(), true), true)).append("\n\n");
                    display = null;
                } else {
                    display.append(line).append('\n');
                }
                previousBlank = false;
                continue;
            }
            if (fence != null) {
                if (closes(trimmed, fence)) {
                    fence = null;
                }
                out.append(line).append('\n');
                continue;
            }
            String opening = fenceOf(trimmed);
            if (opening != null) {
                fence = opening;
                out.append(line).append('\n');
                previousBlank = false;
                continue;
            }
            boolean indented = line.startsWith("    ") || line.startsWith("\t");
            if (!trimmed.isEmpty() && !indented) {
                inList = trimmed.matches("([-*+]|\\d+[.)])\\s.*");
                indentedCode = false;
            } else if (indented && !trimmed.isEmpty() && previousBlank && !inList) {
                indentedCode = true;
            }
            previousBlank = trimmed.isEmpty();
            if (indentedCode) {
                out.append(line).append('\n');
                continue;
            }
            if (trimmed.startsWith("$$")) {
                String rest = trimmed.substring(2);
                if (rest.endsWith("$$") && rest.length() >= 2) {
                    out.append('\n').append(token(element(rest.substring(0, rest.length() - 2), true), true)).append("\n\n");
                } else {
                    display = new StringBuilder(rest).append('\n');
                }
                continue;
            }
            out.append(inline(line)).append('\n');
        }
        if (display != null) {
            out.append("$$").append(display);
        }
        return out.substring(0, out.length() - 1);
    }

    /** A closing fence: at least as many of the same character, and nothing else. */
    private static boolean closes(String trimmed, String fence) {
        if (!trimmed.startsWith(fence)) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** The fence a line opens (three or more backticks or tildes), or null. */
    private static String fenceOf(String trimmed) {
        for (char c : new char[] {'`', '~'}) {
            int run = 0;
            while (run < trimmed.length() && trimmed.charAt(run) == c) {
                run++;
            }
            if (run >= 3) {
                return String.valueOf(c).repeat(run);
            }
        }
        return null;
    }

    String restore(String rendered) {
        String result = rendered;
        for (int i = html.size() - 1; i >= 0; i--) {
            String token = TOKEN + i + "X";
            if (display.get(i)) {
                result = result.replace("<p>" + token + "</p>", html.get(i));
            }
            result = result.replace(token, html.get(i));
        }
        return result;
    }

    private String inline(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = 1;
                while (i + run < line.length() && line.charAt(i + run) == '`') {
                    run++;
                }
                String fence = "`".repeat(run);
                int close = line.indexOf(fence, i + run);
                int end = close < 0 ? i + run : close + run;
                out.append(line, i, end);
                i = end;
            } else if (c == '$' && i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1)) && line.charAt(i + 1) != '$') {
                int close = closingDollar(line, i + 1);
                if (close > i + 1 && !Character.isWhitespace(line.charAt(close - 1))) {
                    out.append(token(element(line.substring(i + 1, close), false), false));
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '$') {
                out.append("\\$");
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The next unescaped {@code $} not followed by a digit (so "$5/$10" is not math), or -1. */
    private static int closingDollar(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                boolean digitAfter = i + 1 < line.length() && Character.isDigit(line.charAt(i + 1));
                return digitAfter ? -1 : i;
            }
        }
        return -1;
    }

    private String token(String element, boolean isDisplay) {
        html.add(element);
        display.add(isDisplay);
        return TOKEN + (html.size() - 1) + "X";
    }

    private static String element(String tex, boolean display) {
        String escaped = tex.trim().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return display
                ? "<div class=\"math math-display\">" + escaped + "</div>"
                : "<span class=\"math math-inline\">" + escaped + "</span>";
    }
}
