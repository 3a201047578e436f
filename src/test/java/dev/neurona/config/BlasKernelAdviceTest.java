package dev.neurona.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start-up advice about OpenBLAS kernels: only for an AVX-512 CPU started without a kernel choice. */
class BlasKernelAdviceTest {

    @Test
    void adviseOnlyWhereTheCpuHasAvx512AndNothingChoseTheKernels() {
        Set<String> avx512 = new HashSet<>(BlasKernelAdvice.AVX512);
        avx512.add("avx2");
        assertTrue(BlasKernelAdvice.forCpu(avx512, null).orElseThrow().contains("OPENBLAS_CORETYPE=SkylakeX"));
        assertTrue(BlasKernelAdvice.forCpu(avx512, " ").isPresent(), "blank is as good as unset");
        assertFalse(BlasKernelAdvice.forCpu(avx512, "Haswell").isPresent(), "a choice made by whoever started it stands");
        Set<String> partial = new HashSet<>(avx512);
        partial.remove("avx512bw");
        assertFalse(BlasKernelAdvice.forCpu(partial, null).isPresent(), "without every subset the kernels need, no advice");
        assertFalse(BlasKernelAdvice.forCpu(Set.of("avx2", "fma"), null).isPresent());
    }
}
