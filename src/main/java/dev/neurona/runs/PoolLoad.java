package dev.neurona.runs;

/** How busy the training pool is at one moment: its size, the runs training and the runs waiting. */
public record PoolLoad(int workers, int running, int queued) {
}
