package dev.neurona.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
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

    private static final SpareCores SHARED = new SpareCores(Runtime.getRuntime().availableProcessors());

    /**
     * How long an idle helper keeps spinning for the next part before it parks. A batch hands out a part
     * every few hundred microseconds; waking a parked thread costs about a fifth of a part, spinning
     * through the gap costs nothing on a core no run wants.
     */
    private static final long SPIN_NANOS = 2_000_000;

    private final int cores;
    private final AtomicInteger working = new AtomicInteger();
    private final ThreadLocal<int[]> nesting = ThreadLocal.withInitial(() -> new int[1]);
    private final Queue<Helper> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean lending = true;

    SpareCores(int cores) {
        this.cores = Math.max(1, cores);
        for (int i = 1; i < this.cores; i++) {
            Helper helper = new Helper();
            Thread thread = new Thread(helper, "neurona-spare-core-" + i);
            thread.setDaemon(true);
            helper.thread = thread;
            thread.start();
            idle.add(helper);
        }
    }

    /** The process's cores, shared by every trainer. */
    public static SpareCores shared() {
        return SHARED;
    }

    /**
     * Counts the calling thread's run in while it works (trains, evaluates, saves); run the returned
     * handle on the same thread when it stops. Nested calls on one thread count once.
     */
    public Runnable working() {
        int[] depth = nesting.get();
        if (depth[0]++ == 0) {
            working.incrementAndGet();
        }
        return () -> {
            if (--depth[0] == 0) {
                working.decrementAndGet();
            }
        };
    }

    /** Whether spare cores are lent at all; off, every run keeps to one core (the engine's own scaling). */
    public void lend(boolean lend) {
        this.lending = lend;
    }

    /** Into how many parts a run's work may be split now: its fair share of the cores, at least its own. */
    int parts() {
        return lending ? Math.max(1, cores / Math.max(1, working.get())) : 1;
    }

    /**
     * Runs {@code part.accept(i)} for i in [0, parts): part 0 on the calling thread, the others on idle
     * helpers, or on the calling thread too when no helper is free.
     */
    void split(int parts, IntConsumer part) {
        List<Helper> borrowed = new ArrayList<>(parts);
        int next = 1;
        for (; next < parts; next++) {
            Helper helper = idle.poll();
            if (helper == null) {
                break;
            }
            helper.give(part, next);
            borrowed.add(helper);
        }
        part.accept(0);
        for (int i = next; i < parts; i++) {
            part.accept(i);
        }
        Throwable failure = null;
        for (Helper helper : borrowed) {
            Throwable t = helper.await();
            idle.add(helper);
            failure = failure == null ? t : failure;
        }
        if (failure != null) {
            throw new IllegalStateException("a spare core's part failed", failure);
        }
    }

    /** One spare core's thread: takes a part, runs it, spins briefly for the next, then parks. */
    private static final class Helper implements Runnable {
        volatile Thread thread;
        private volatile IntConsumer work;
        private volatile boolean finished = true;
        private int index;
        private Throwable failure;

        void give(IntConsumer part, int partIndex) {
            index = partIndex;
            failure = null;
            finished = false;
            work = part; // the volatile write publishes index and failure
            LockSupport.unpark(thread);
        }

        /** Waits (spinning: a part is a fraction of a millisecond) until the part is done; its failure, if any. */
        Throwable await() {
            while (!finished) {
                Thread.onSpinWait();
            }
            return failure;
        }

        @Override
        public void run() {
            long lastWork = System.nanoTime();
            while (true) {
                IntConsumer part = work;
                if (part != null) {
                    work = null;
                    try {
                        part.accept(index);
                    } catch (Throwable t) {
                        failure = t;
                    }
                    finished = true; // publishes failure
                    lastWork = System.nanoTime();
                } else if (System.nanoTime() - lastWork < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }
}
