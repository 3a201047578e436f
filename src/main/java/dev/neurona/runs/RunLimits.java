package dev.neurona.runs;

import dev.neurona.config.NeuronaConfig;

import dev.neurona.nn.NetworkSpec;
import dev.neurona.nn.SpecField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one learner may train: per run (epochs, parameters, wall-clock time, training rows used — an
 * instructor sets these per class) and at once (runs running, runs waiting).
 *
 * @param maxEpochs     epochs per run (per fold with K-fold)
 * @param maxParameters trainable parameters of the network
 * @param maxWallTime   training time of one run, queue time excluded
 * @param maxTrainRows  the run trains on the first this many training rows; 0 means all of them
 * @param maxRunning    runs of the learner training at the same time
 * @param maxQueued     runs of the learner waiting, besides the running ones
 */
public record RunLimits(int maxEpochs, long maxParameters, Duration maxWallTime, int maxTrainRows, int maxRunning,
        int maxQueued) {

    public RunLimits {
        if (maxEpochs < 1 || maxParameters < 1 || maxRunning < 1 || maxQueued < 0 || maxTrainRows < 0
                || maxWallTime.isNegative() || maxWallTime.isZero()) {
            throw new IllegalArgumentException("invalid run limits: " + maxEpochs + " epochs, " + maxParameters
                    + " parameters, " + maxWallTime + ", " + maxTrainRows + " rows, " + maxRunning + " running, " + maxQueued + " queued");
        }
    }

    /** The server's limits for a learner outside any class, from {@code neurona.*} configuration. */
    public static RunLimits defaults(NeuronaConfig config) {
        return new RunLimits(config.limits().maxEpochs(), config.limits().maxParameters(), config.runs().maxWallTime(),
                config.learner().maxTrainRows(), config.learner().maxRunning(), config.learner().maxQueued());
    }

    /** Whether runs train on a subset of the training rows. */
    public boolean limitsTrainRows() {
        return maxTrainRows > 0;
    }

    /** Runs the learner may have unfinished at once, running or waiting. */
    public int maxActive() {
        return maxRunning + maxQueued;
    }

    /** What {@code spec} asks beyond these limits, one entry per field; empty if it fits. */
    public List<LimitViolation> check(NetworkSpec spec) {
        List<LimitViolation> violations = new ArrayList<>();
        if (spec.epochs() > maxEpochs) {
            violations.add(new LimitViolation(SpecField.EPOCHS.key(), LimitViolation.Kind.EPOCHS, maxEpochs, spec.epochs()));
        }
        if (spec.parameterCount() > maxParameters) {
            violations.add(new LimitViolation(SpecField.HIDDEN.key(), LimitViolation.Kind.PARAMETERS, maxParameters,
                    spec.parameterCount()));
        }
        // the first N rows hold out validation out of the subset: it must leave some to train on
        if (limitsTrainRows() && spec.validationFirst() >= maxTrainRows) {
            violations.add(new LimitViolation(SpecField.VALIDATION_FIRST.key(), LimitViolation.Kind.TRAIN_ROWS, maxTrainRows,
                    spec.validationFirst()));
        }
        if (limitsTrainRows() && spec.isKFold() && spec.folds() > maxTrainRows) {
            violations.add(new LimitViolation(SpecField.KFOLD.key(), LimitViolation.Kind.TRAIN_ROWS, maxTrainRows, spec.folds()));
        }
        return violations;
    }
}
