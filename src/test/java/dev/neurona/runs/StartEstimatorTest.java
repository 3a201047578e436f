package dev.neurona.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When waiting runs should start, from the running ones' remaining time and the waiting ones' durations. */
class StartEstimatorTest {

    private static StartEstimator.Pending pending(String learner, double seconds) {
        return new StartEstimator.Pending(learner, seconds, 1);
    }

    @Test
    void oneWorkerServesTheQueueOneAfterAnother() {
        long[] starts = StartEstimator.startSeconds(1, List.of(new StartEstimator.Busy("ana", 30)),
                List.of(pending("ben", 60), pending("cai", 20), pending("dan", 10)));
        assertArrayEquals(new long[] {30, 90, 110}, starts);
    }

    @Test
    void twoWorkersTakeTheNextRunAsSoonAsEitherIsFree() {
        long[] starts = StartEstimator.startSeconds(2,
                List.of(new StartEstimator.Busy("ana", 100), new StartEstimator.Busy("ben", 10)),
                List.of(pending("cai", 50), pending("dan", 50), pending("eva", 5)));
        assertArrayEquals(new long[] {10, 60, 100}, starts);
    }

    @Test
    void anIdleWorkerStartsTheFirstRunNow() {
        assertArrayEquals(new long[] {0, 40}, StartEstimator.startSeconds(2, List.of(new StartEstimator.Busy("ana", 40)),
                List.of(pending("ben", 90), pending("cai", 10))));
    }

    @Test
    void aLearnersNextRunWaitsForTheirRunningOneEvenWithAWorkerFree() {
        long[] starts = StartEstimator.startSeconds(2, List.of(new StartEstimator.Busy("ana", 70)),
                List.of(pending("ana", 10), pending("ben", 10)));
        assertArrayEquals(new long[] {70, 0}, starts, "ben takes the free worker at once");
    }

    @Test
    void estimatesAreRoundedToWhatIsWorthSaying() {
        assertEquals(0, StartEstimator.rounded(0));
        assertEquals(10, StartEstimator.rounded(1));
        assertEquals(40, StartEstimator.rounded(31));
        assertEquals(60, StartEstimator.rounded(60));
        assertEquals(60, StartEstimator.rounded(89));
        assertEquals(120, StartEstimator.rounded(90));
    }
}
