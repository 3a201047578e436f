package dev.neurona.runs;

import java.util.function.LongSupplier;
import org.bytedeco.javacpp.Pointer;

/**
 * What is left of the server's memory budget ({@code neurona.memory.limit-bytes}, which
 * scripts/memory-env.sh sets from the same total as the heap's ceiling) beside the process's resident
 * size: a run that would not fit is refused or failed with a message, instead of the process running
 * out. ND4J's CPU arrays are allocated by libnd4j itself, outside JavaCPP's and the JVM's counts
 * ({@code Pointer.totalBytes()} stays at 0 while a run trains), so the resident size is the measure.
 */
final class NativeHeadroom {

    /** The budget given at start-up (0: none) against the process's resident size, read from /proc per check. */
    static NativeHeadroom process(long limitBytes) {
        return new NativeHeadroom(
                () -> limitBytes,
                Pointer::physicalBytes,
                () -> {
                    System.gc();
                    Pointer.deallocateReferences();
                });
    }

    private final LongSupplier ceiling;
    private final LongSupplier used;
    private final Runnable collect;

    NativeHeadroom(LongSupplier ceiling, LongSupplier used, Runnable collect) {
        this.ceiling = ceiling;
        this.used = used;
        this.collect = collect;
    }

    /** Bytes still free under the ceiling; unlimited when there is none. */
    long free() {
        long max = ceiling.getAsLong();
        return max <= 0 ? Long.MAX_VALUE : max - used.getAsLong();
    }

    /**
     * Whether {@code bytes} fit now. Arrays of finished runs are freed only once collected, so a
     * shortfall first collects them.
     */
    boolean fits(long bytes) {
        if (free() >= bytes) {
            return true;
        }
        collect.run();
        return free() >= bytes;
    }
}
