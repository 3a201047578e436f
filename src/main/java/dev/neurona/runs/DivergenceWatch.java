package dev.neurona.runs;

/**
 * Flags a run whose training diverges: a NaN or infinite loss in any batch or epoch, or a running
 * loss above {@value #FACTOR} times where it started (the first epoch's loss once known, the first
 * batch's before). Once flagged, a run stays flagged. Thread-safe: a worker observes, the dashboard reads.
 */
public final class DivergenceWatch {

    /** How many times its starting loss a loss may grow to before the run counts as exploding. */
    static final double FACTOR = 10;
    /** A starting loss this close to 0 would make any noise look like an explosion. */
    static final double SMALLEST_REFERENCE = 1e-3;

    private double reference = Double.NaN;
    private boolean referenceFromEpoch;
    private double lastLoss = Double.NaN;
    private boolean diverging;

    /** The running loss of the current epoch after a batch. */
    public synchronized void onBatch(double loss) {
        if (Double.isNaN(reference) && Double.isFinite(loss)) {
            reference = loss;
        }
        observe(loss);
    }

    /** An epoch's loss; the first one becomes the reference. */
    public synchronized void onEpoch(double loss) {
        if (!referenceFromEpoch && Double.isFinite(loss)) {
            reference = loss;
            referenceFromEpoch = true;
        }
        observe(loss);
    }

    private void observe(double loss) {
        lastLoss = loss;
        if (!Double.isFinite(loss)
                || (!Double.isNaN(reference) && loss > FACTOR * Math.max(reference, SMALLEST_REFERENCE))) {
            diverging = true;
        }
    }

    public synchronized boolean diverging() {
        return diverging;
    }

    /** The last loss seen, NaN before the first batch. */
    public synchronized double lastLoss() {
        return lastLoss;
    }
}
