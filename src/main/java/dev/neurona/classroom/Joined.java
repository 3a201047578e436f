package dev.neurona.classroom;

/** The outcome of joining: the membership and the recovery PIN, shown once and stored only hashed. */
public record Joined(Member member, ClassGroup classGroup, String pin) {
}
