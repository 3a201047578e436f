package dev.neurona.runs;

/** How busy the training pool is at one moment: its size, the runs training and the runs waiting. */
public record PoolLoad(int workers, int running, int queued) {

    /** The share of workers busy, 0–1, for a load bar. */
    public double busyShare() {
        return workers == 0 ? 0 : Math.min(1.0, running / (double) workers);
    }
}
