/** Training runs as jobs: the bounded worker pool and its FIFO queue, cancellation, per-run event logs, stored summaries. */
package dev.neurona.runs;
