package dev.neurona.runs;

import dev.neurona.runs.events.BatchEvent;
import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.RunEventData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The events of one run, as records, kept so that a late or reconnecting subscriber replays what it missed.
 * Bounded: past {@code capacity}, the oldest {@code batch} events are dropped first, since each
 * epoch event already summarises its batches.
 */
public final class RunEventLog {

    private final int capacity;
    private final List<RunEvent> events = new ArrayList<>();
    private final List<Consumer<RunEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final LongSupplier ids;
    private long lastId;
    private boolean closed;
    private volatile boolean rebuilt;

    public RunEventLog(int capacity) {
        this.capacity = capacity;
        this.ids = () -> lastId + 1;
    }

    /**
     * A node's copy of a run's log on several nodes: it takes only the stored events, with their
     * ids ({@link #accept}), whichever node logged them.
     */
    public static RunEventLog copy(int capacity) {
        return new RunEventLog(
                capacity,
                () -> {
                    throw new IllegalStateException(
                            "a copy of a run's log only accepts stored events");
                });
    }

    private RunEventLog(int capacity, LongSupplier ids) {
        this.capacity = capacity;
        this.ids = ids;
    }

    /** Appends an event and hands it to every current subscriber, in order. */
    public synchronized RunEvent append(RunEventData data) {
        if (closed) {
            throw new IllegalStateException("event log is closed");
        }
        return add(new RunEvent(ids.getAsLong(), data));
    }

    /**
     * Appends an event that already has its id (another node logged it); one this log has already
     * passed is ignored, so a copy fed from several sources holds each event once, in id order.
     */
    public synchronized boolean accept(RunEvent event) {
        if (closed || event.id() <= lastId) {
            return false;
        }
        add(event);
        return true;
    }

    /**
     * Whether the log was rebuilt from a stored summary, with ids of its own that a browser's
     * {@code Last-Event-ID} from the live run does not match.
     */
    public boolean rebuilt() {
        return rebuilt;
    }

    void markRebuilt() {
        rebuilt = true;
    }

    /** The id of the last event logged, 0 before the first. */
    public synchronized long lastId() {
        return lastId;
    }

    private RunEvent add(RunEvent event) {
        RunEventData data = event.data();
        lastId = event.id();
        events.add(event);
        if (events.size() > capacity) {
            dropOldest();
        }
        for (Consumer<RunEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                // a broken subscriber (a closed connection, a rendering bug) must never stop the
                // run
                subscribers.remove(subscriber);
            }
        }
        if (data instanceof DoneEvent) {
            closed = true;
            subscribers.clear();
        }
        return event;
    }

    /**
     * Replays the events after {@code lastSeenId} (0 for all) and then, if the run is still going,
     * delivers new ones as they come. Replay and registration happen atomically, so nothing is
     * missed or delivered twice.
     */
    public synchronized Subscription subscribe(long lastSeenId, Consumer<RunEvent> subscriber) {
        for (RunEvent event : events) {
            if (event.id() > lastSeenId) {
                subscriber.accept(event);
            }
        }
        if (closed) {
            return () -> {};
        }
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public synchronized List<RunEvent> snapshot() {
        return List.copyOf(events);
    }

    /** Events held now, for the memory gauge. */
    public synchronized int size() {
        return events.size();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private void dropOldest() {
        Iterator<RunEvent> it = events.iterator();
        while (it.hasNext()) {
            if (it.next().data() instanceof BatchEvent) {
                it.remove();
                return;
            }
        }
        events.remove(0);
    }

    /** Ends a subscription; the run itself is unaffected. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }
}
