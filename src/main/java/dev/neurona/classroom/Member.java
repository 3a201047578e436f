package dev.neurona.classroom;

import java.time.Instant;

/** A learner who joined a class, under the display name the class sees. */
public record Member(String learnerId, String classId, String displayName, Instant joinedAt) {
}
