package dev.neurona.runs;

import dev.neurona.runs.events.BatchEvent;
import dev.neurona.runs.events.DoneEvent;
import dev.neurona.runs.events.RunEventData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The events of one run, as records, kept so that a late or reconnecting subscriber replays what it missed.
 * Bounded: past {@code capacity}, the oldest {@code batch} events are dropped first, since each
 * epoch event already summarises its batches.
 */
public final class RunEventLog {

    private final int capacity;
    private final List<RunEvent> events = new ArrayList<>();
    private final List<Consumer<RunEvent>> subscribers = new CopyOnWriteArrayList<>();
    private long nextId = 1;
    private boolean closed;

    public RunEventLog(int capacity) {
        this.capacity = capacity;
    }

    /** Appends an event and hands it to every current subscriber, in order. */
    public synchronized RunEvent append(RunEventData data) {
        if (closed) {
            throw new IllegalStateException("event log is closed");
        }
        RunEvent event = new RunEvent(nextId++, data);
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
