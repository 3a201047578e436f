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

    String extract(String markdown) {
        StringBuilder out = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        boolean inFence = false;
        StringBuilder display = null;
        for (String line : lines) {
            String trimmed = line.trim();
            if (display != null) {
                if (trimmed.endsWith("$$")) {
                    display.append(trimmed, 0, trimmed.length() - 2);
                    out.append(token(element(display.toString(), true))).append('\n');
                    display = null;
                } else {
                    display.append(line).append('\n');
                }
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                out.append(line).append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (trimmed.startsWith("$$")) {
                String rest = trimmed.substring(2);
                if (rest.endsWith("$$") && rest.length() >= 2) {
                    out.append(token(element(rest.substring(0, rest.length() - 2), true))).append('\n');
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

    String restore(String rendered) {
        String result = rendered;
        for (int i = html.size() - 1; i >= 0; i--) {
            String token = TOKEN + i + "X";
            result = result.replace("<p>" + token + "</p>", html.get(i)).replace(token, html.get(i));
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
                int close = line.indexOf('$', i + 1);
                if (close > i + 1 && !Character.isWhitespace(line.charAt(close - 1))) {
                    out.append(token(element(line.substring(i + 1, close), false)));
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

    private String token(String element) {
        html.add(element);
        return TOKEN + (html.size() - 1) + "X";
    }

    private static String element(String tex, boolean display) {
        String escaped = tex.trim().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return display
                ? "<div class=\"math math-display\">" + escaped + "</div>"
                : "<span class=\"math math-inline\">" + escaped + "</span>";
    }
}
