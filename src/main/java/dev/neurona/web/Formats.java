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

    public static String percent(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.0f", n.doubleValue() * 100) : "";
    }
}
