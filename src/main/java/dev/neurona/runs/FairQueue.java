package dev.neurona.runs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Waiting runs, shared fairly between learners: one FIFO per learner, and the next free worker goes to
 * the waiting learner who was served least recently (never served first, then by arrival). A learner
 * who queues many runs therefore gets one turn per round, like everybody else. Not thread-safe: the
 * owner synchronizes.
 *
 * @param <T> what is queued (a run); {@code learnerOf} says whose it is
 */
public final class FairQueue<T> {

    /** Learners whose last turn is remembered; the least recently served beyond this are forgotten. */
    static final int REMEMBERED_LEARNERS = 10_000;

    private final Function<T, String> learnerOf;
    private final Map<String, Deque<Entry<T>>> waiting = new LinkedHashMap<>();

    /** The turn each learner was last served at, least recently served first. */
    private final LinkedHashMap<String, Long> lastServed =
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    // forgetting the least recently served keeps their place: "never served" still
                    // sorts first
                    return size() > REMEMBERED_LEARNERS;
                }
            };

    private long arrivals;
    private long turns;
    private int size;

    public FairQueue(Function<T, String> learnerOf) {
        this.learnerOf = learnerOf;
    }

    private record Entry<T>(T item, long arrival) {}

    /**
     * Remembers that {@code learner} was last served at {@code turn} (a queue rebuilt from the
     * database, where the turns of every node's claims are kept).
     */
    public void served(String learner, long turn) {
        lastServed.remove(learner);
        lastServed.put(learner, turn);
        turns = Math.max(turns, turn);
    }

    /** Puts {@code item} at the end of its learner's line. */
    public void offer(T item) {
        waiting.computeIfAbsent(learnerOf.apply(item), k -> new ArrayDeque<>())
                .addLast(new Entry<>(item, arrivals++));
        size++;
    }

    /** The next item for a free worker, taken out of the queue; null when nothing waits. */
    public T next() {
        return next(item -> true);
    }

    /**
     * The first item of the least recently served learner whose first item {@code canStart} (say,
     * a learner already at their running limit waits for their run to end); null if there is none.
     */
    public T next(Predicate<T> canStart) {
        String chosen = null;
        Deque<Entry<T>> chosenLine = null;
        for (Map.Entry<String, Deque<Entry<T>>> line : waiting.entrySet()) {
            Entry<T> head = line.getValue().peekFirst();
            if (!canStart.test(head.item())) {
                continue;
            }
            if (chosen == null || earlier(line.getKey(), head, chosen, chosenLine.peekFirst())) {
                chosen = line.getKey();
                chosenLine = line.getValue();
            }
        }
        if (chosen == null) {
            return null;
        }
        T item = chosenLine.removeFirst().item();
        if (chosenLine.isEmpty()) {
            waiting.remove(chosen);
        }
        size--;
        lastServed.remove(chosen);
        lastServed.put(chosen, ++turns);
        return item;
    }

    private boolean earlier(String learner, Entry<T> head, String other, Entry<T> otherHead) {
        long turn = lastServed.getOrDefault(learner, 0L);
        long otherTurn = lastServed.getOrDefault(other, 0L);
        return turn != otherTurn ? turn < otherTurn : head.arrival() < otherHead.arrival();
    }

    /** Takes {@code item} out of the queue (a cancelled run); false if it was not waiting. */
    public boolean remove(T item) {
        String learner = learnerOf.apply(item);
        Deque<Entry<T>> line = waiting.get(learner);
        if (line == null || !line.removeIf(e -> Objects.equals(e.item(), item))) {
            return false;
        }
        if (line.isEmpty()) {
            waiting.remove(learner);
        }
        size--;
        return true;
    }

    /**
     * Every waiting item in the order workers would take them if nothing else arrived and every
     * learner could start: round after round, least recently served learner first.
     */
    public List<T> order() {
        record Line<T>(long turn, Deque<Entry<T>> entries) {}
        PriorityQueue<Line<T>> lines =
                new PriorityQueue<>(
                        Comparator.<Line<T>>comparingLong(Line::turn)
                                .thenComparingLong(l -> l.entries().peekFirst().arrival()));
        for (Map.Entry<String, Deque<Entry<T>>> line : waiting.entrySet()) {
            lines.add(
                    new Line<>(
                            lastServed.getOrDefault(line.getKey(), 0L),
                            new ArrayDeque<>(line.getValue())));
        }
        List<T> order = new ArrayList<>(size);
        long turn = turns;
        while (!lines.isEmpty()) {
            Line<T> line = lines.poll();
            order.add(line.entries().removeFirst().item());
            if (!line.entries().isEmpty()) {
                lines.add(new Line<>(++turn, line.entries()));
            }
        }
        return order;
    }

    /** 1-based place of {@code item} in {@link #order()}, 0 if it is not waiting. */
    public int positionOf(T item) {
        return order().indexOf(item) + 1;
    }

    /** How many items {@code learner} has waiting. */
    public int waitingFor(String learner) {
        Deque<Entry<T>> line = waiting.get(learner);
        return line == null ? 0 : line.size();
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
