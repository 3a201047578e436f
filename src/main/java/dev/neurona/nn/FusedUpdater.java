package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;

/**
 * DL4J's updaters (SGD, Nesterov momentum, RMSprop, Adam) applied in one pass that also subtracts
 * the update from the parameters. DL4J's own runs a native op per updater and then a separate
 * subtraction; here each chunk of parameters, gradients and state is read once, computed on heap
 * arrays the JIT can vectorise, and written back. Same formulas, same state layout (so the state can
 * be handed back to the network and saved with the model), tested against DL4J's updaters.
 */
abstract class FusedUpdater {

    /** Parameters per chunk: small enough that a chunk's arrays stay in the core's cache. */
    private static final int CHUNK = 4096;

    final int size;
    final float learningRate;

    private FusedUpdater(int size, double learningRate) {
        this.size = size;
        this.learningRate = (float) learningRate;
    }

    /** The fused twin of a DL4J updater configuration, with its state as DL4J initialises it; empty for others. */
    static java.util.Optional<FusedUpdater> of(IUpdater config, int size) {
        if (config.hasLearningRate() && config.getLearningRate(0, 0) != config.getLearningRate(1_000_000, 1_000)) {
            return java.util.Optional.empty(); // a schedule: DL4J's own updater handles it
        }
        double lr = config.hasLearningRate() ? config.getLearningRate(0, 0) : 0;
        FusedUpdater fused;
        if (config instanceof org.nd4j.linalg.learning.config.Sgd) {
            fused = new Sgd(size, lr);
        } else if (config instanceof Nesterovs n) {
            fused = new Nesterov(size, lr, (float) n.getMomentum());
        } else if (config instanceof RmsProp r) {
            fused = new RmsPropUpdate(size, lr, (float) r.getRmsDecay(), (float) r.getEpsilon());
        } else if (config instanceof Adam a) {
            fused = new AdamUpdate(size, lr, (float) a.getBeta1(), (float) a.getBeta2(), (float) a.getEpsilon());
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(fused);
    }

    /** {@code params −= update(gradients)} for DL4J iteration {@code iteration} (0 for the first batch). */
    final void apply(FloatBuffer params, FloatBuffer gradients, int iteration) {
        begin(iteration);
        applyChunks(params, gradients, 0, chunkCount());
    }

    /** How many independent chunks an update has: parts of one update may run on different cores. */
    final int chunkCount() {
        return (size + CHUNK - 1) / CHUNK;
    }


    /** Updates the parameters of chunks [from, to). */
    final void applyChunks(FloatBuffer params, FloatBuffer gradients, int from, int to) {
        float[] p = new float[CHUNK];
        float[] g = new float[CHUNK];
        for (int chunk = from; chunk < to; chunk++) {
            int start = chunk * CHUNK;
            int length = Math.min(CHUNK, size - start);
            params.get(start, p, 0, length);
            gradients.get(start, g, 0, length);
            step(p, g, chunk, length);
            params.put(start, p, 0, length);
        }
    }

    /**
     * Starts the update of iteration {@code iteration} (Adam's bias correction); then {@link #applyChunks}
     * over every chunk, in any split.
     */
    void begin(int iteration) {
    }

    /**
     * Updates {@code p[0..length)} from {@code g} with the state of chunk {@code chunk}. State lives in
     * one array per chunk: indexed from 0 like p and g, the loop is one the JIT vectorises (with an
     * offset into one big array it did not, and the step took 15 times longer).
     */
    abstract void step(float[] p, float[] g, int chunk, int length);

    /** The state arrays in DL4J's order (RMSprop: s; Adam: m then v), each split in chunks; none for SGD. */
    abstract float[][][] state();

    /** A state array of this updater's size, in chunks, filled with {@code initial}. */
    final float[][] chunks(float initial) {
        float[][] chunks = new float[chunkCount()][];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = new float[Math.min(CHUNK, size - c * CHUNK)];
            java.util.Arrays.fill(chunks[c], initial);
        }
        return chunks;
    }

    /** Copies the state into DL4J's updater state view ([s] or [m | v]), so a saved model carries it as {@code fit} would. */
    final void copyStateTo(INDArray view) {
        FloatBuffer target = NativeFloats.buffer(view);
        float[][][] arrays = state();
        for (int i = 0; i < arrays.length; i++) {
            for (int c = 0; c < arrays[i].length; c++) {
                target.put(i * size + c * CHUNK, arrays[i][c], 0, arrays[i][c].length);
            }
        }
    }

    /** How many state arrays of the parameters' size this updater keeps. */
    final int stateArrays() {
        return state().length;
    }

    private static final class Sgd extends FusedUpdater {
        Sgd(int size, double learningRate) {
            super(size, learningRate);
        }

        @Override
        void step(float[] p, float[] g, int chunk, int length) {
            float lr = learningRate;
            for (int i = 0; i < length; i++) {
                p[i] -= lr * g[i];
            }
        }

        @Override
        float[][][] state() {
            return new float[0][][];
        }
    }

    /** DL4J's Nesterovs: v ← μv − lr·g, and the update μ·v_prev − (1+μ)·v. */
    private static final class Nesterov extends FusedUpdater {
        private final float momentum;
        private final float[][] v;

        Nesterov(int size, double learningRate, float momentum) {
            super(size, learningRate);
            this.momentum = momentum;
            this.v = chunks(0f);
        }

        @Override
        void step(float[] p, float[] g, int chunk, int length) {
            float lr = learningRate;
            float mu = momentum;
            float[] v = this.v[chunk];
            for (int i = 0; i < length; i++) {
                float previous = v[i];
                float now = mu * previous - lr * g[i];
                v[i] = now;
                p[i] -= mu * previous + (-mu - 1f) * now;
            }
        }

        @Override
        float[][][] state() {
            return new float[][][] {v};
        }
    }

    /** DL4J's RmsProp: s ← ρs + (1−ρ)g², update lr·g / (√s + ε), s starting at ε. */
    private static final class RmsPropUpdate extends FusedUpdater {
        private final float decay;
        private final float epsilon;
        private final float[][] s;

        RmsPropUpdate(int size, double learningRate, float decay, float epsilon) {
            super(size, learningRate);
            this.decay = decay;
            this.epsilon = epsilon;
            this.s = chunks(epsilon);
        }

        @Override
        void step(float[] p, float[] g, int chunk, int length) {
            float lr = learningRate;
            float rho = decay;
            float keep = 1f - decay;
            float eps = epsilon;
            float[] s = this.s[chunk];
            for (int i = 0; i < length; i++) {
                float gi = g[i];
                float si = s[i] * rho + gi * gi * keep;
                s[i] = si;
                p[i] -= gi * lr / ((float) Math.sqrt(si) + eps);
            }
        }

        @Override
        float[][][] state() {
            return new float[][][] {s};
        }
    }

    /** DL4J's Adam: m and v moments, lr·√(1−β₂ᵗ)/(1−β₁ᵗ) as the step, state [m | v]. */
    private static final class AdamUpdate extends FusedUpdater {
        private final float beta1;
        private final float beta2;
        private final float epsilon;
        private final float[][] m;
        private final float[][] v;
        private float stepSize;

        AdamUpdate(int size, double learningRate, float beta1, float beta2, float epsilon) {
            super(size, learningRate);
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.m = chunks(0f);
            this.v = chunks(0f);
        }

        @Override
        void begin(int iteration) {
            float beta1T = (float) Math.pow(beta1, iteration + 1);
            float beta2T = (float) Math.pow(beta2, iteration + 1);
            float t = learningRate * (float) Math.sqrt(1f - beta2T) / (1f - beta1T);
            stepSize = Float.isNaN(t) || Float.isInfinite(t) || t == 0f ? epsilon : t;
        }

        @Override
        void step(float[] p, float[] g, int chunk, int length) {
            float b1 = beta1;
            float b2 = beta2;
            float eps = epsilon;
            float alpha = stepSize;
            float[] m = this.m[chunk];
            float[] v = this.v[chunk];
            for (int i = 0; i < length; i++) {
                float gi = g[i];
                float mi = b1 * m[i] + gi * (1f - b1);
                float vi = b2 * v[i] + gi * gi * (1f - b2);
                m[i] = mi;
                v[i] = vi;
                p[i] -= mi * alpha / ((float) Math.sqrt(vi) + eps);
            }
        }

        @Override
        float[][][] state() {
            return new float[][][] {m, v};
        }
    }
}
