package dev.neurona.classroom;

import java.text.Normalizer;
import java.util.Locale;

/** What a learner may be called in a class: 1–40 visible characters, compared ignoring case and accents' encoding. */
public final class DisplayNames {

    public static final int MAX_LENGTH = 40;

    private DisplayNames() {
    }

    /** The name as shown: trimmed, NFC, inner runs of spaces collapsed; refused if empty, too long or with control characters. */
    public static String clean(String raw) {
        if (raw == null) {
            throw new ClassroomException(ClassroomException.Reason.BAD_DISPLAY_NAME);
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_LENGTH
                || name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new ClassroomException(ClassroomException.Reason.BAD_DISPLAY_NAME);
        }
        return name;
    }

    /** The key two names collide on: "Ana" and "ana " are the same learner. */
    static String key(String cleanName) {
        return cleanName.toLowerCase(Locale.ROOT);
    }
}
