package dev.neurona.loadtest;

/**
 * One sample of the server process: resident memory, heap after a full GC, native threads, open file
 * descriptors, the runs (with their event logs) and events held in memory — the figures a soak judges —
 * and the database and model directories, which grow by design and are only reported.
 */
record ServerSample(
        double seconds,
        double rssMb,
        double heapAfterGcMb,
        double threads,
        double fds,
        double logsHeld,
        double eventsHeld,
        double databaseMb,
        double modelsMb) {

    /** The figures judged for growth, in the order the table shows them. */
    enum Figure {
        RSS("resident MB", ServerSample::rssMb),
        HEAP("heap after GC MB", ServerSample::heapAfterGcMb),
        THREADS("threads", ServerSample::threads),
        FDS("open fds", ServerSample::fds),
        LOGS("run logs held", ServerSample::logsHeld),
        EVENTS("events held", ServerSample::eventsHeld);

        final String label;
        final java.util.function.ToDoubleFunction<ServerSample> value;

        Figure(String label, java.util.function.ToDoubleFunction<ServerSample> value) {
            this.label = label;
            this.value = value;
        }
    }
}
