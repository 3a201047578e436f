package dev.neurona.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Number formats the pages share; metrics print like Keras prints them (four decimals). */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private Formats() {
    }

    /** 407050 → 407,050, as Keras's model.summary() prints it. */
    public static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String metric(Object value) {
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return String.format(Locale.ROOT, "%.4f", n.doubleValue());
        }
        return "nan";
    }

    public static String seconds(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.1f s", n.doubleValue()) : "";
    }

    /** A wait in the same words in Spanish and English: "" when it is about to end, "40 s", "3 min", "1 h 5 min". */
    public static String approximateWait(long seconds) {
        if (seconds < 5) {
            return "";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    /** An ISO-8601 duration ("PT30M", as configuration writes it) as people read it: "30 min", "1 h 30 min", "45 s". */
    public static String duration(String iso) {
        try {
            long seconds = java.time.Duration.parse(iso).toSeconds();
            return seconds < 60 ? seconds + " s" : approximateWait(seconds);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public static String percent(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.0f", n.doubleValue() * 100) : "";
    }
}
