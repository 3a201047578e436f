package dev.neurona.config;

import java.nio.file.Path;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Configures ND4J's native side before first use: the JavaCPP library cache under the data
 * directory, quiet start-up, and a cap on native threads per training run. Uncapped, OpenMP
 * spin-waits and two concurrent runs on two cores collapse instead of sharing.
 */
public final class NativeRuntime {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(NativeRuntime.class);

    private NativeRuntime() {
    }

    public static void prepare(Path dataDir) {
        setIfAbsent("org.bytedeco.javacpp.cachedir", dataDir.resolve("native-cache").toString());
        setIfAbsent("org.nd4j.log.initialization", "false");
        BlasKernelAdvice.forThisMachine().ifPresent(LOG::warn);
    }

    /** Caps the calling thread's (and ND4J's global) OpenMP and BLAS threads. */
    public static void capThreads(int threads) {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
