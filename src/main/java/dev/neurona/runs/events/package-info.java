/**
 * The run event vocabulary: one record per event a run sends (status, batch, epoch, result, run-error,
 * points, grid, done) and {@link dev.neurona.runs.events.RunEventJson}, their one JSON form, as
 * {@code docs/events.md} describes it.
 */
package dev.neurona.runs.events;
