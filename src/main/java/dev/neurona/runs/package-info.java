/**
 * Training runs as jobs: learners' limits, the bounded worker pool and its fair queue, cancellation,
 * per-run event logs, stored summaries. {@link dev.neurona.runs.RunService} is what other packages
 * call; the events a run sends are in {@link dev.neurona.runs.events}.
 */
package dev.neurona.runs;
