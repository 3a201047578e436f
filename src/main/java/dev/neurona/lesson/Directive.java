package dev.neurona.lesson;

import java.util.Map;

/**
 * A fenced block the renderer does not show as code: {@code exercise}, {@code quiz},
 * {@code widget NAME} or {@code planned}, with its {@code key: value} values and its raw body
 * (a quiz has its own format). The web layer decides how each looks.
 */
public record Directive(Kind kind, String name, Map<String, String> values, String body) {

    /** The directive families lessons may use. */
    public enum Kind { EXERCISE, QUIZ, WIDGET, PLANNED }

    public String value(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }
}
