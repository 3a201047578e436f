package dev.neurona.classroom;

import java.time.Instant;

/** A class an instructor hosts: learners join it with its code. */
public record ClassGroup(String id, String instructorId, String name, String joinCode, Instant createdAt, ClassLimits limits) {
}
