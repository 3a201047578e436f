package dev.neurona.runs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long an epoch of each exercise takes lately: a moving average over the epochs runs of that
 * exercise have finished, for estimating when a waiting run will start.
 */
final class EpochTimes {

    /** Until a run of the exercise has finished an epoch: a guess between MNIST's seconds and the playground's milliseconds. */
    static final double FALLBACK_SECONDS = 5;
    /** Weight of the newest epoch: recent runs count most, one odd epoch does not swing the estimate. */
    private static final double NEWEST_WEIGHT = 0.2;

    private final Map<String, Double> secondsByExercise = new ConcurrentHashMap<>();

    void record(String exerciseId, double seconds) {
        if (Double.isFinite(seconds) && seconds >= 0) {
            secondsByExercise.merge(exerciseId, seconds, (old, fresh) -> old + NEWEST_WEIGHT * (fresh - old));
        }
    }

    double perEpoch(String exerciseId) {
        return secondsByExercise.getOrDefault(exerciseId, FALLBACK_SECONDS);
    }
}
