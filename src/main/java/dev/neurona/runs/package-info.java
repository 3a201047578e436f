/** Training runs as jobs: learners' limits, the bounded worker pool and its fair queue, cancellation, per-run event logs, live views and events, stored summaries. */
package dev.neurona.runs;
