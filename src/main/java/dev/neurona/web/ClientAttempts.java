package dev.neurona.web;

import dev.neurona.runs.NeuronaConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rate limit on join and sign-in attempts, per client address: guessing PINs or passwords takes forever. */
@ApplicationScoped
public class ClientAttempts {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_CLIENTS = 10_000;

    @Inject
    CurrentVertxRequest request;

    @Inject
    NeuronaConfig config;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    /** Counts one attempt of the current client; false when it already made too many in the last minute. */
    public boolean allow() {
        String client = "unknown";
        if (request.getCurrent() != null && request.getCurrent().request().remoteAddress() != null) {
            client = request.getCurrent().request().remoteAddress().hostAddress();
        }
        return allow(client, config.classroom().attemptsPerMinute());
    }

    synchronized boolean allow(String client, int perMinute) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(client, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MILLIS) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
