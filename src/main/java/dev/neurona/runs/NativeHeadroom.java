package dev.neurona.runs;

import java.util.function.LongSupplier;
import org.bytedeco.javacpp.Pointer;

/**
 * What is left of the native-memory ceiling ND4J's arrays live under (JavaCPP's {@code maxBytes},
 * set by scripts/memory-env.sh beside the heap's): a run that would not fit is refused or failed with
 * a message, instead of meeting an allocation failure half-way or the process running out.
 */
final class NativeHeadroom {

    /** JavaCPP's own ceiling and count, the ones its allocations are checked against. */
    static final NativeHeadroom JAVACPP =
            new NativeHeadroom(
                    Pointer::maxBytes,
                    Pointer::totalBytes,
                    () -> {
                        System.gc();
                        Pointer.deallocateReferences();
                    });

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
     * shortfall first collects them, as JavaCPP does itself before it fails an allocation.
     */
    boolean fits(long bytes) {
        if (free() >= bytes) {
            return true;
        }
        collect.run();
        return free() >= bytes;
    }
}
