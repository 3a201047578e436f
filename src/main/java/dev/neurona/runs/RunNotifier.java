package dev.neurona.runs;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Fires the runs' CDI events ({@link RunEnded}, {@link RunsChanged}) on a thread of its own, so a
 * slow observer delays other observers at worst and never a training worker. Observers use
 * {@code @Observes}; they are called on the {@code run-events} thread, in the order things happened.
 */
@ApplicationScoped
public class RunNotifier {

    private static final Logger LOG = Logger.getLogger(RunNotifier.class);

    @Inject
    Event<RunEnded> ended;

    @Inject
    Event<RunsChanged> changed;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "run-events");
        t.setDaemon(true);
        return t;
    });
    /** A RunsChanged not yet delivered: later changes ride along with it instead of queuing their own. */
    private final AtomicBoolean changePending = new AtomicBoolean();

    void runEnded(RunEnded event) {
        deliver(() -> ended.fire(event));
    }

    void runsChanged() {
        if (changePending.compareAndSet(false, true)) {
            deliver(() -> {
                changePending.set(false);
                changed.fire(new RunsChanged());
            });
        }
    }

    private void deliver(Runnable fire) {
        try {
            thread.execute(() -> {
                try {
                    fire.run();
                } catch (RuntimeException e) {
                    LOG.error("a run event observer failed", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            changePending.set(false);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
