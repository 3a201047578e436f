package dev.neurona.runs;

/** The run event logs held in memory at one moment: how many runs, and how many events in all. */
public record HeldLogs(int runs, long events) {}
