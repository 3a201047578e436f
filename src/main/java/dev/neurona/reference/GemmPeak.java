package dev.neurona.reference;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Times ND4J's float sgemm at lesson 1.5's layer shapes and prints GFLOP/s (used by scripts/compare-pytorch.sh). */
public final class GemmPeak {

    private GemmPeak() {
    }

    public static void main(String[] args) {
        // exec:java's own argument property would also reach the build's dataset step, hence properties of ours
        int threads = Integer.parseInt(System.getProperty("neurona.gemm.threads", "1"));
        double seconds = Double.parseDouble(System.getProperty("neurona.gemm.seconds", "3"));
        // the env caps the OpenMP/OpenBLAS pools at start; this also caps ND4J's own view of them
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        Nd4j.getRandom().setSeed(1);

        // forward: X[128×784] · W[784×512]; backward: dW = Xᵀ[784×128] · dZ[128×512] (transposed A, no copy)
        INDArray x = Nd4j.rand(DataType.FLOAT, 128, 784);
        INDArray w = Nd4j.rand(DataType.FLOAT, 784, 512);
        INDArray dz = Nd4j.rand(DataType.FLOAT, 128, 512);
        INDArray forwardOut = Nd4j.create(DataType.FLOAT, 128, 512);
        INDArray backwardOut = Nd4j.create(DataType.FLOAT, 784, 512);
        double flops = 2.0 * 128 * 784 * 512;

        // a kernel forced for this CPU (OPENBLAS_CORETYPE) must first prove it computes right
        boolean correct = check(1, 128, 784, 512, false) & check(2, 784, 128, 512, true) & check(3, 37, 129, 61, false)
                & check(4, 61, 37, 129, true);
        System.out.printf("gemm threads=%d check %s%n", threads, correct ? "ok" : "WRONG");

        double forward = measure(() -> Nd4j.gemm(x, w, forwardOut, false, false, 1.0, 0.0), flops, seconds);
        double backward = measure(() -> Nd4j.gemm(x, dz, backwardOut, true, false, 1.0, 0.0), flops, seconds);
        // one machine-readable line per shape: the script greps "gflops"
        System.out.printf("gemm threads=%d shape=128x784*784x512 gflops=%.1f%n", threads, forward);
        System.out.printf("gemm threads=%d shape=784x128*128x512(transA) gflops=%.1f%n", threads, backward);
        System.out.printf("gemm threads=%d best gflops=%.1f%n", threads, Math.max(forward, backward));
        if (threads == 1) {
            // what two runs at once can get: two independent single-threaded products, one per Java thread,
            // against one alone, both as sustained rates (calls over the whole period, not the best block)
            double one = sustained(1, flops, seconds);
            double two = sustained(2, flops, seconds);
            System.out.printf("gemm sustained single-threaded products: 1 at a time gflops=%.1f, 2 at once gflops=%.1f, scaling=%.2f%n",
                    one, two, two / one);
        }
    }

    /** Combined sustained GFLOP/s of {@code count} threads, each repeating its own forward-shaped product. */
    private static double sustained(int count, double flops, double seconds) {
        long[] calls = new long[count];
        Thread[] threads = new Thread[count];
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(count);
        for (int t = 0; t < count; t++) {
            int index = t;
            INDArray x = Nd4j.rand(DataType.FLOAT, 128, 784);
            INDArray w = Nd4j.rand(DataType.FLOAT, 784, 512);
            INDArray out = Nd4j.create(DataType.FLOAT, 128, 512);
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    Nd4j.gemm(x, w, out, false, false, 1.0, 0.0);
                }
                try {
                    start.await();
                } catch (Exception e) {
                    return;
                }
                long deadline = System.nanoTime() + (long) (seconds * 1e9);
                while (System.nanoTime() < deadline) {
                    Nd4j.gemm(x, w, out, false, false, 1.0, 0.0);
                    calls[index]++;
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long total = java.util.Arrays.stream(calls).sum();
        return total * flops / seconds / 1e9;
    }

    /**
     * C = op(A)·B against a double-precision product on the heap: every element within float rounding of
     * the sum of |a|·|b| over its terms. Prints the worst error relative to that bound.
     */
    private static boolean check(long seed, int m, int k, int n, boolean transposeA) {
        Nd4j.getRandom().setSeed(seed);
        INDArray a = transposeA ? Nd4j.randn(DataType.FLOAT, k, m) : Nd4j.randn(DataType.FLOAT, m, k);
        INDArray b = Nd4j.randn(DataType.FLOAT, k, n);
        INDArray c = Nd4j.create(DataType.FLOAT, m, n);
        Nd4j.gemm(a, b, c, transposeA, false, 1.0, 0.0);
        float[] av = a.dup('c').data().asFloat();
        float[] bv = b.dup('c').data().asFloat();
        float[] cv = c.dup('c').data().asFloat();
        double worst = ProductError.worst(m, n, k, (i, t) -> transposeA ? av[t * m + i] : av[i * k + t], (t, j) -> bv[t * n + j],
                (i, j) -> cv[i * n + j]);
        boolean ok = worst < ProductError.TOLERANCE;
        System.out.printf("gemm check %dx%d%s*%dx%d: worst error %.1e of the |a|·|b| sum %s%n", m, k, transposeA ? "(transA)" : "", k, n,
                worst, ok ? "ok" : "WRONG");
        return ok;
    }

    /** Best of several timed blocks (the machine is shared: the best block is the least disturbed one). */
    private static double measure(Runnable gemm, double flops, double seconds) {
        for (int i = 0; i < 50; i++) {
            gemm.run(); // JIT and BLAS buffers warm
        }
        double best = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            int reps = 20;
            long start = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                gemm.run();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, reps * flops / elapsed / 1e9);
        }
        return best;
    }
}
