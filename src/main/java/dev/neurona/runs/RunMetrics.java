package dev.neurona.runs;

import dev.neurona.cluster.ClusterNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training pool's figures for monitoring (Prometheus at {@code /q/metrics}): workers, runs
 * training and waiting, runs submitted, how long runs waited in the queue and how long they trained
 * by outcome. Runs cancelled before they started count as submitted but have no duration.
 */
@Startup
@ApplicationScoped
public class RunMetrics {

    /** Queue waits worth telling apart in a classroom: from "at once" to "ten minutes". */
    private static final Duration[] QUEUE_WAIT_BUCKETS = seconds(1, 5, 15, 30, 60, 120, 300, 600);

    /** Run lengths from a quick XOR run to the default 30-minute wall-clock limit. */
    private static final Duration[] DURATION_BUCKETS = seconds(5, 15, 30, 60, 120, 300, 600, 1800);

    private final Counter submitted;
    private final Timer queueWait;
    private final Map<RunState, Timer> durations = new EnumMap<>(RunState.class);
    private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();

    @Inject
    RunMetrics(MeterRegistry registry, RunService runs, ClusterNode node) {
        // gauges read the pool when scraped; RunService computes the three figures under its lock
        Gauge.builder("neurona.workers", () -> runs.load().workers())
                .description("Training runs that can execute at the same time")
                .strongReference(true)
                .register(registry);
        Gauge.builder("neurona.runs.running", () -> runs.load().running())
                .description("Training runs executing now")
                .strongReference(true)
                .register(registry);
        Gauge.builder("neurona.runs.queued", () -> runs.load().queued())
                .description("Training runs waiting for a worker")
                .strongReference(true)
                .register(registry);
        // on several nodes the three above are the whole cluster's; this says how many nodes live
        Gauge.builder("neurona.cluster.nodes", () -> node.clustered() ? node.live().nodes() : 1)
                .description("Nodes whose heartbeat is within the lease (1 without PostgreSQL)")
                .strongReference(true)
                .register(registry);
        // what a soak watches for growth: both stop rising once kept-in-memory finished runs are
        // held
        Gauge.builder("neurona.runs.in.memory", () -> runs.heldLogs().runs())
                .description("Runs held in memory with their replayable event logs")
                .strongReference(true)
                .register(registry);
        Gauge.builder("neurona.run.events.in.memory", () -> runs.heldLogs().events())
                .description("Events held by the in-memory run logs")
                .strongReference(true)
                .register(registry);
        submitted =
                Counter.builder("neurona.runs.submitted")
                        .description("Training runs accepted into the queue")
                        .register(registry);
        queueWait =
                Timer.builder("neurona.run.queue.wait")
                        .description("Time a run waited for a worker")
                        .serviceLevelObjectives(QUEUE_WAIT_BUCKETS)
                        .register(registry);
        for (RunState outcome :
                new RunState[] {RunState.FINISHED, RunState.CANCELLED, RunState.FAILED}) {
            durations.put(
                    outcome,
                    Timer.builder("neurona.run.duration")
                            .description("Time a run trained, by how it ended")
                            .tag("outcome", outcome.wireName())
                            .serviceLevelObjectives(DURATION_BUCKETS)
                            .register(registry));
        }
    }

    void submitted() {
        submitted.increment();
    }

    /** A worker took the run: its wait in the queue is over and its training time starts. */
    void started(TrainingRun run) {
        Instant now = Instant.now();
        startedAt.put(run.id(), now);
        queueWait.record(Duration.between(run.createdAt(), now));
    }

    /** The run reached a terminal state; only runs that started have a training time. */
    void ended(TrainingRun run, RunState outcome) {
        Instant start = startedAt.remove(run.id());
        Timer timer = durations.get(outcome);
        if (start != null && timer != null) {
            timer.record(Duration.between(start, Instant.now()));
        }
    }

    private static Duration[] seconds(long... values) {
        Duration[] durations = new Duration[values.length];
        for (int i = 0; i < values.length; i++) {
            durations[i] = Duration.ofSeconds(values[i]);
        }
        return durations;
    }
}
