package dev.neurona.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test observer of the runs' CDI events: which runs ended, what was stored by then, how many changes. */
@ApplicationScoped
public class RunEventsRecorder {

    @Inject
    RunRepository repository;

    private final Map<String, RunEnded> ended = new ConcurrentHashMap<>();
    private final Map<String, RunState> storedWhenEnded = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    void onEnded(@Observes RunEnded event) {
        repository.find(event.runId()).ifPresent(stored -> storedWhenEnded.put(event.runId(), stored.state()));
        ended.put(event.runId(), event);
    }

    void onChanged(@Observes RunsChanged event) {
        changes.incrementAndGet();
    }

    int changes() {
        return changes.get();
    }

    RunState storedStateWhenEnded(String runId) {
        return storedWhenEnded.get(runId);
    }

    RunEnded awaitEnded(String runId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended.containsKey(runId) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        RunEnded event = ended.get(runId);
        if (event == null) {
            throw new AssertionError("no RunEnded for " + runId + " within " + timeout);
        }
        return event;
    }
}
