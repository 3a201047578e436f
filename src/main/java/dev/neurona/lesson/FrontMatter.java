package dev.neurona.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/** Splits a lesson file into its {@code ---}-delimited {@code key: value} header and its markdown body. */
final class FrontMatter {

    private FrontMatter() {
    }

    record Parsed(Map<String, String> values, String body) {
    }

    static Parsed parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return new Parsed(Map.of(), normalized);
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            return new Parsed(Map.of(), normalized);
        }
        Map<String, String> values = KeyValues.parse(normalized.substring(4, end));
        int bodyStart = normalized.indexOf('\n', end + 4);
        return new Parsed(values, bodyStart < 0 ? "" : normalized.substring(bodyStart + 1));
    }

    /** The {@code key: value} lines shared by front matter and directive blocks. */
    static final class KeyValues {
        private KeyValues() {
        }

        static Map<String, String> parse(String block) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : block.split("\n")) {
                String trimmed = line.trim();
                int colon = trimmed.indexOf(':');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || colon <= 0) {
                    continue;
                }
                values.put(trimmed.substring(0, colon).trim(), unquote(trimmed.substring(colon + 1).trim()));
            }
            return values;
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }
    }
}
