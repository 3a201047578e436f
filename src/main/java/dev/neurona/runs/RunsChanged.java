package dev.neurona.runs;

/**
 * CDI event: the set of unfinished runs changed (one submitted, started, finished an epoch or ended);
 * read {@link RunService#activeRuns()} for the new state. Coalesced: several changes may fire once.
 */
public record RunsChanged() {
}
