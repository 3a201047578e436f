package dev.neurona.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether this server was started without the OpenBLAS kernels its CPU can run. ND4J's OpenBLAS
 * (0.3.19) does not recognise recent AVX-512 processors and falls back to old kernels, two to four
 * times slower at training; ./neurona and the Docker image choose the kernels at start
 * (scripts/blas-env.sh), a plain {@code java -jar} does not. The library reads the setting once, when
 * it loads, so all the server can do is say so in its log.
 */
final class BlasKernelAdvice {

    /** The AVX-512 subsets OpenBLAS's SkylakeX kernels use. */
    static final Set<String> AVX512 = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    private BlasKernelAdvice() {
    }

    /** The advice for a CPU with these flags, when {@code OPENBLAS_CORETYPE} is {@code coreType} (null if unset). */
    static Optional<String> forCpu(Set<String> cpuFlags, String coreType) {
        if (coreType != null && !coreType.isBlank() || !cpuFlags.containsAll(AVX512)) {
            return Optional.empty();
        }
        return Optional.of("This CPU has AVX-512 but OPENBLAS_CORETYPE is not set: ND4J's OpenBLAS may pick kernels several times "
                + "slower for training. Start the server with ./neurona run, or set OPENBLAS_CORETYPE=SkylakeX (see scripts/blas-env.sh).");
    }

    /** The advice for the machine this runs on (Linux's /proc/cpuinfo; nothing elsewhere). */
    static Optional<String> forThisMachine() {
        try {
            Optional<String> flags = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("flags")).findFirst();
            Set<String> set = flags.map(l -> Arrays.stream(l.substring(l.indexOf(':') + 1).trim().split("\\s+")).collect(Collectors.toSet()))
                    .orElse(Set.of());
            return forCpu(set, System.getenv("OPENBLAS_CORETYPE"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
