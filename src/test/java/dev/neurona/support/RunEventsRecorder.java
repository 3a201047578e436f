package dev.neurona.support;

import static org.awaitility.Awaitility.await;

import dev.neurona.runs.RunEnded;
import dev.neurona.runs.RunRepository;
import dev.neurona.runs.RunState;
import dev.neurona.runs.RunsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test observer of the runs' CDI events: which runs ended, what was stored by then, how many changes. */
@ApplicationScoped
public class RunEventsRecorder {

    @Inject RunRepository repository;

    private final Map<String, RunEnded> ended = new ConcurrentHashMap<>();
    private final Map<String, RunState> storedWhenEnded = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    void onEnded(@Observes RunEnded event) {
        repository
                .find(event.runId())
                .ifPresent(stored -> storedWhenEnded.put(event.runId(), stored.state()));
        ended.put(event.runId(), event);
    }

    void onChanged(@Observes RunsChanged event) {
        changes.incrementAndGet();
    }

    public int changes() {
        return changes.get();
    }

    public RunState storedStateWhenEnded(String runId) {
        return storedWhenEnded.get(runId);
    }

    /** The run's {@link RunEnded}, once it was announced; fails after {@code timeout}. */
    public RunEnded awaitEnded(String runId, Duration timeout) {
        return await("RunEnded for " + runId)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> ended.get(runId), Objects::nonNull);
    }
}
