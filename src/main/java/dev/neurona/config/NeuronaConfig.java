package dev.neurona.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Every {@code neurona.*} setting, with its default (see README for the table). */
@ConfigMapping(prefix = "neurona")
public interface NeuronaConfig {

    /** Where the database, saved models and the native-library cache live. */
    @WithDefault("${user.home}/.neurona")
    Path dataDir();

    /** A directory with prepared datasets that takes precedence over the bundled ones. */
    Optional<Path> datasetsDir();

    /** Whether the datasets bundled by the build are used (after {@code datasets-dir}, if set). */
    @WithDefault("true")
    boolean useBundledDatasets();

    /** A lessons directory to read instead of the bundled lessons (for course authors). */
    Optional<Path> lessonsDir();

    Workers workers();

    Runs runs();

    Limits limits();

    Learner learner();

    Scratch scratch();

    Instructor instructor();

    Classroom classroom();

    Streams streams();

    Memory memory();

    /** The training worker pool. */
    interface Workers {
        /** Concurrent training runs; defaults to the number of cores. */
        OptionalInt count();

        /** Native (OpenMP/BLAS) threads each run may use; 1 avoids oversubscribing the cores. */
        @WithDefault("1")
        int threadsPerRun();

        /**
         * Whether the cores no run holds are lent to the runs that train (a lone run splits its big
         * products over them); false keeps every run on one core, e.g. to measure the engine's scaling.
         */
        @WithDefault("true")
        boolean lendCores();

        /** Runs allowed to wait in the queue before new ones are refused. */
        @WithDefault("100")
        int maxQueued();

        /**
         * Whether the start-up warm-up also preloads the text datasets and fits, evaluates and saves a small
         * model (a learner's first run then starts compiled); false loads only the native libraries and MNIST,
         * which tests that restart the server use to spare the cores.
         */
        @WithDefault("true")
        boolean fullWarmUp();
    }

    /** Limits and streaming of a single run. */
    interface Runs {
        /** Wall-clock limit of one run, queue time excluded. */
        @WithDefault("30M")
        Duration maxWallTime();

        /** Events kept per run for replay. */
        @WithDefault("3000")
        int eventLogSize();

        /** Minimum time between two streamed batch events of a run. */
        @WithDefault("250ms")
        Duration batchEventInterval();

        /** How many misclassified test examples a result shows. */
        @WithDefault("36")
        int misclassifiedShown();

        /** Finished runs kept in memory (their summaries stay in the database regardless). */
        @WithDefault("200")
        int keptInMemory();
    }

    /** Caps on what a learner can configure. */
    interface Limits {
        @WithDefault("8")
        int maxHiddenLayers();

        @WithDefault("4096")
        int maxUnits();

        @WithDefault("5000000")
        long maxParameters();

        @WithDefault("1000")
        int maxEpochs();

        @WithDefault("8192")
        int maxBatchSize();

        /** Largest model file accepted for upload, in bytes. */
        @WithDefault("67108864")
        long maxUploadBytes();
    }

    /** What one learner outside a class may train (a class's instructor sets these for its learners). */
    interface Learner {
        /** Runs of one learner training at the same time. */
        @WithDefault("1")
        int maxRunning();

        /** Runs of one learner waiting for a worker, besides the running ones. */
        @WithDefault("1")
        int maxQueued();

        /** Runs train on the first this many training rows of their dataset; 0 means all rows. */
        @WithDefault("0")
        int maxTrainRows();
    }

    /** Module 2's live trainings of the from-scratch network, advanced a chunk per request. */
    interface Scratch {
        /** Learners whose training is kept in memory; the least recently used is dropped beyond that. */
        @WithDefault("500")
        int maxSessions();

        /** Chunks computed at the same time; defaults to the number of cores. */
        OptionalInt concurrent();

        /** Time one request may train for before it answers (it stops at the next multiple of 100 iterations). */
        @WithDefault("400ms")
        Duration chunkBudget();
    }

    /** The instructor account that hosts classes. */
    interface Instructor {
        /** The instructor's user name. */
        @WithDefault("instructor")
        String username();

        /**
         * A password to create the account with on start-up (e.g. from {@code NEURONA_INSTRUCTOR_PASSWORD});
         * without it, the first instructor sets one on the setup page with the code printed in the log.
         */
        Optional<String> password();

        /** How long an instructor stays signed in. */
        @WithDefault("12H")
        Duration sessionLength();
    }

    /** Joining classes and signing in as a learner. */
    interface Classroom {
        /** Join and sign-in attempts allowed per client address per minute (a class behind one router shares it). */
        @WithDefault("120")
        int attemptsPerMinute();
    }

    /**
     * Open event streams (live curves, the class banner, the dashboard): each holds a connection and a
     * file descriptor, so one client cannot hold them all. A class of 60 behind one router, a few
     * tabs each, stays well inside the defaults.
     */
    interface Streams {
        /** Streams one learner (one browser's cookie) may hold open. */
        @WithDefault("16")
        int perLearner();

        /** Streams one client address may hold open (a class behind one router shares it). */
        @WithDefault("480")
        int perAddress();

        /** Streams open on the whole server (kept under the image's 1,024 file descriptors). */
        @WithDefault("640")
        int total();
    }

    /** The memory the server may use, as the launchers' scripts/memory-env.sh derived it. */
    interface Memory {
        /** Runs are admitted while the resident size leaves room for them under this; 0 admits every run. */
        @WithDefault("0")
        long limitBytes();
    }
}
