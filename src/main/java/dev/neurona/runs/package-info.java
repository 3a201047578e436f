/** Training runs as jobs: learners' limits, the bounded worker pool and its fair queue, cancellation, per-run event logs, stored summaries. */
package dev.neurona.runs;
