package dev.neurona.web;

import dev.neurona.classroom.ClassroomException;
import java.util.Map;

/** Which form field a classroom refusal belongs beside, and its message in the learner's language. */
final class ClassroomErrors {

    private ClassroomErrors() {
    }

    static Map<String, String> of(ClassroomException e, ClassroomMessages m) {
        return switch (e.reason()) {
            case ACCOUNT_EXISTS -> Map.of("form", m.errAccountExists());
            case WRONG_SETUP_CODE -> Map.of("code", m.errWrongSetupCode());
            case BAD_USERNAME -> Map.of("username", m.errBadUsername());
            case WEAK_PASSWORD -> Map.of("password", m.errWeakPassword());
            case BAD_CREDENTIALS -> Map.of("form", m.errBadCredentials());
            case BAD_CLASS_NAME -> Map.of("name", m.errBadClassName());
            case UNKNOWN_CODE -> Map.of("code", m.errUnknownCode());
            case BAD_DISPLAY_NAME -> Map.of("name", m.errBadDisplayName());
            case NAME_TAKEN -> Map.of("name", m.errNameTaken());
            case WRONG_PIN -> Map.of("form", m.errWrongPin());
            case BAD_LIMIT -> Map.of("form", m.errBadLimit());
            case BAD_BROADCAST -> Map.of("text", m.errBadBroadcast());
        };
    }
}
