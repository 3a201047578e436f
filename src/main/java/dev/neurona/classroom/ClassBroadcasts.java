package dev.neurona.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurona.cluster.ClusterNode;
import dev.neurona.cluster.Notifications;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Delivers the instructor's messages to the learners of a class who have a page open, and keeps the latest for a while.
 * On several nodes a message goes out on a PostgreSQL notification, and every node delivers it to its own listeners.
 */
@ApplicationScoped
public class ClassBroadcasts {

    static final String CHANNEL = "neurona_broadcast";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject ClusterNode node;

    @Inject Notifications notifications;

    /** A learner who opens a page a few minutes after the message still sees it. */
    static final Duration KEPT = Duration.ofMinutes(10);

    private final Map<String, Set<Consumer<Broadcast>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Broadcast> latest = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    void start(@Observes StartupEvent event) {
        if (node.clustered()) {
            notifications.on(CHANNEL, this::received);
        }
    }

    /** Sends a message; blank text with a lesson becomes "go to lesson X" on its own. */
    public Broadcast send(String classId, String rawText, Optional<String> lessonId) {
        String text = rawText == null ? "" : rawText.strip();
        if ((text.isEmpty() && lessonId.isEmpty())
                || text.length() > Broadcast.MAX_LENGTH
                || text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new ClassroomException(ClassroomException.Reason.BAD_BROADCAST);
        }
        // ids from the clock, so that the newest message wins whichever node sent it
        long id = ids.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
        Broadcast message = new Broadcast(id, text, lessonId, Instant.now());
        if (node.clustered()) {
            notifications.send(CHANNEL, payload(classId, message));
        } else {
            deliver(classId, message);
        }
        return message;
    }

    private void deliver(String classId, Broadcast message) {
        latest.merge(classId, message, (old, fresh) -> fresh.id() > old.id() ? fresh : old);
        listeners.getOrDefault(classId, Set.of()).forEach(l -> l.accept(message));
    }

    private static String payload(String classId, Broadcast message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("class", classId);
        o.put("id", message.id());
        o.put("text", message.text());
        message.lessonId().ifPresent(l -> o.put("lesson", l));
        o.put("at", message.at().toEpochMilli());
        return o.toString();
    }

    private void received(String payload) {
        try {
            JsonNode o = MAPPER.readTree(payload);
            ids.accumulateAndGet(o.path("id").asLong(), Math::max);
            deliver(
                    o.path("class").asText(),
                    new Broadcast(
                            o.path("id").asLong(),
                            o.path("text").asText(),
                            Optional.ofNullable(o.path("lesson").textValue()),
                            Instant.ofEpochMilli(o.path("at").asLong())));
        } catch (JsonProcessingException e) {
            // not one of ours: a notification on this channel always comes from a node
        }
    }

    /** The last message of a class if it is recent enough to show. */
    public Optional<Broadcast> latest(String classId) {
        return Optional.ofNullable(latest.get(classId))
                .filter(b -> b.at().isAfter(Instant.now().minus(KEPT)));
    }

    /**
     * Listens to a class's messages until the returned handle is run, starting with the latest one if it
     * is still shown: a page reads its banner before it connects, and a message sent in between must not
     * be lost. Each message reaches the listener once, newest id wins (without a lock: a listener may be
     * an event loop that must never wait on a thread that is emitting).
     */
    public Runnable listen(String classId, Consumer<Broadcast> listener) {
        AtomicLong shown = new AtomicLong();
        Consumer<Broadcast> once =
                message -> {
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
