package dev.neurona.classroom;

import java.time.Instant;
import java.util.Optional;

/** A short message from the instructor to the whole class, optionally pointing at a lesson to open. */
public record Broadcast(long id, String text, Optional<String> lessonId, Instant at) {

    public static final int MAX_LENGTH = 280;
}
