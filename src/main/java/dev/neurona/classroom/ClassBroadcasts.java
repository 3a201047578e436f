package dev.neurona.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Delivers the instructor's messages to the learners of a class who have a page open, and keeps the latest for a while. */
@ApplicationScoped
public class ClassBroadcasts {

    /** A learner who opens a page a few minutes after the message still sees it. */
    static final Duration KEPT = Duration.ofMinutes(10);

    private final Map<String, Set<Consumer<Broadcast>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Broadcast> latest = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** Sends a message; blank text with a lesson becomes "go to lesson X" on its own. */
    public Broadcast send(String classId, String rawText, Optional<String> lessonId) {
        String text = rawText == null ? "" : rawText.strip();
        if ((text.isEmpty() && lessonId.isEmpty()) || text.length() > Broadcast.MAX_LENGTH
                || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ClassroomException(ClassroomException.Reason.BAD_BROADCAST);
        }
        Broadcast message = new Broadcast(ids.incrementAndGet(), text, lessonId, Instant.now());
        latest.put(classId, message);
        listeners.getOrDefault(classId, Set.of()).forEach(l -> l.accept(message));
        return message;
    }

    /** The last message of a class if it is recent enough to show. */
    public Optional<Broadcast> latest(String classId) {
        return Optional.ofNullable(latest.get(classId)).filter(b -> b.at().isAfter(Instant.now().minus(KEPT)));
    }

    /**
     * Listens to a class's messages until the returned handle is run, starting with the latest one if it
     * is still shown: a page reads its banner before it connects, and a message sent in between must not
     * be lost. Each message reaches the listener once, newest id wins (without a lock: a listener may be
     * an event loop that must never wait on a thread that is emitting).
     */
    public Runnable listen(String classId, Consumer<Broadcast> listener) {
        AtomicLong shown = new AtomicLong();
        Consumer<Broadcast> once = message -> {
            if (message.id() > shown.getAndAccumulate(message.id(), Math::max)) {
                listener.accept(message);
            }
        };
        listeners.computeIfAbsent(classId, k -> new CopyOnWriteArraySet<>()).add(once);
        latest(classId).ifPresent(once);
        return () -> listeners.getOrDefault(classId, Set.of()).remove(once);
    }

    /** Open listeners of a class (learner pages with a live connection). */
    public int listeners(String classId) {
        return listeners.getOrDefault(classId, Set.of()).size();
    }
}
