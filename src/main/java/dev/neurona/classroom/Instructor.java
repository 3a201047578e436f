package dev.neurona.classroom;

/** The person who hosts classes on this server. */
public record Instructor(String id, String username) {
}
