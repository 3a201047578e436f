package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The divergence rule: NaN or infinite losses, or a loss ten times where training started. */
class DivergenceWatchTest {

    private final DivergenceWatch watch = new DivergenceWatch();

    @Test
    void aLossThatFallsIsFine() {
        watch.onBatch(2.3);
        watch.onBatch(1.1);
        watch.onEpoch(0.9);
        watch.onBatch(0.4);
        watch.onEpoch(0.3);
        assertFalse(watch.diverging());
        assertEquals(0.3, watch.lastLoss());
    }

    @Test
    void aNanBatchLossDiverges() {
        watch.onBatch(2.3);
        watch.onBatch(Double.NaN);
        assertTrue(watch.diverging());
    }

    @Test
    void anInfiniteEpochLossDiverges() {
        watch.onEpoch(Double.POSITIVE_INFINITY);
        assertTrue(watch.diverging());
    }

    @Test
    void tenTimesTheFirstEpochsLossDiverges() {
        watch.onEpoch(0.5);
        watch.onBatch(4.9);
        assertFalse(watch.diverging(), "9.8 times is still growing pains");
        watch.onBatch(5.1);
        assertTrue(watch.diverging());
    }

    @Test
    void beforeTheFirstEpochEndsTheFirstBatchIsTheReference() {
        watch.onBatch(0.7);
        watch.onBatch(6.9);
        assertFalse(watch.diverging());
        watch.onBatch(7.5);
        assertTrue(watch.diverging());
    }

    @Test
    void theFirstEpochReplacesTheFirstBatchAsReference() {
        watch.onBatch(2.0);
        watch.onEpoch(0.2);
        watch.onBatch(2.5);
        assertTrue(watch.diverging(), "12.5 times the first epoch's loss, though only 1.25 times the first batch's");
    }

    @Test
    void aRunOnceFlaggedStaysFlagged() {
        watch.onEpoch(0.5);
        watch.onEpoch(50);
        watch.onEpoch(0.1);
        assertTrue(watch.diverging());
    }

    @Test
    void aStartingLossNearZeroDoesNotFlagNoise() {
        watch.onEpoch(1e-6);
        watch.onEpoch(5e-3);
        assertFalse(watch.diverging(), "below 10 × 0.001");
        watch.onEpoch(0.02);
        assertTrue(watch.diverging());
    }
}
