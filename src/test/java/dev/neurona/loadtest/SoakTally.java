package dev.neurona.loadtest;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak's people did and every error they met: a 5xx or otherwise unexpected answer, a failed
 * request, a run that did not end as it should, a stream that ended early or skipped events. Once the
 * soak is over, what its own shutdown cuts short is no longer an error.
 */
final class SoakTally {

    private static final int ERRORS_KEPT = 40;

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    private final long startNanos = System.nanoTime();
    private volatile boolean over;

    void count(String activity) {
        counts.computeIfAbsent(activity, k -> new LongAdder()).increment();
    }

    void error(String what) {
        if (over) {
            return;
        }
        errors.incrementAndGet();
        if (firstErrors.size() < ERRORS_KEPT) {
            firstErrors.add(
                    String.format("%6.1f s  %s", (System.nanoTime() - startNanos) / 1e9, what));
        }
    }

    /** Counts the request; an answer other than {@code status} (any 5xx among them) is an error. */
    <T> boolean expect(HttpResponse<T> response, int status, String what) {
        count("requests");
        if (response.statusCode() == status) {
            return true;
        }
        Object body = response.body();
        String text = body instanceof String s ? s.replaceAll("\\s+", " ") : "";
        error(
                what
                        + ": HTTP "
                        + response.statusCode()
                        + " (expected "
                        + status
                        + ") "
                        + text.substring(0, Math.min(160, text.length())));
        return false;
    }

    void over() {
        over = true;
    }

    boolean isOver() {
        return over;
    }

    long errors() {
        return errors.get();
    }

    void print(PrintStream out) {
        out.println("activity:");
        new TreeMap<>(counts).forEach((name, n) -> out.printf("  %-28s %d%n", name, n.sum()));
        out.printf("errors: %d%n", errors.get());
        synchronized (firstErrors) {
            firstErrors.forEach(e -> out.println("  " + e));
        }
    }
}
