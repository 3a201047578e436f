package dev.neurona.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Cores no training run is using, lent to the runs that are: a run alone on a two-core server splits
 * its big products in two and finishes in about half the time, and as soon as a second run starts each
 * keeps to its own core. Every run counts itself in while it trains; a batch asks how many parts it
 * may split into right now. The helpers call BLAS single-threaded, as the runs do, so the cores are
 * never oversubscribed and OpenBLAS's thread settings (global to the process) never change.
 */
public final class SpareCores {

    /** {@code -Dneurona.training.lend-cores=false} keeps every run on one core (the engine's own scaling, for benchmarks). */
    private static final SpareCores SHARED = new SpareCores(
            Boolean.parseBoolean(System.getProperty("neurona.training.lend-cores", "true")) ? Runtime.getRuntime().availableProcessors() : 1);

    private final int cores;
    private final AtomicInteger training = new AtomicInteger();
    private final ExecutorService helpers;

    SpareCores(int cores) {
        this.cores = Math.max(1, cores);
        AtomicInteger names = new AtomicInteger();
        this.helpers = this.cores == 1 ? null : Executors.newFixedThreadPool(this.cores - 1, r -> {
            Thread t = new Thread(r, "neurona-spare-core-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The process's cores, shared by every trainer. */
    public static SpareCores shared() {
        return SHARED;
    }

    /** Counts a run in while it trains; run the returned handle when it stops. */
    Runnable training() {
        training.incrementAndGet();
        return training::decrementAndGet;
    }

    /** Into how many parts a run's work may be split now: its fair share of the cores, at least its own. */
    int parts() {
        return Math.max(1, cores / Math.max(1, training.get()));
    }

    /** Runs {@code part.accept(i)} for i in [0, parts): part 0 on the calling thread, the others on spare cores. */
    void split(int parts, IntConsumer part) {
        if (parts <= 1 || helpers == null) {
            for (int i = 0; i < parts; i++) {
                part.accept(i);
            }
            return;
        }
        List<Future<?>> others = new ArrayList<>(parts - 1);
        for (int i = 1; i < parts; i++) {
            int index = i;
            others.add(helpers.submit(() -> part.accept(index)));
        }
        part.accept(0);
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a spare core finished its part", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a spare core's part failed", e.getCause());
            }
        }
    }
}
