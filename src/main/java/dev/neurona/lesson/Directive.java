package dev.neurona.lesson;

import java.util.Map;

/**
 * A fenced block the renderer does not show as code: {@code exercise}, {@code quiz} or
 * {@code widget NAME}, with its {@code key: value} body. The web layer decides how each looks.
 */
public record Directive(Kind kind, String name, Map<String, String> values) {

    /** The directive families lessons may use. */
    public enum Kind { EXERCISE, QUIZ, WIDGET }

    public String value(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }
}
