package dev.neurona.data;

import java.util.Locale;
import java.util.Optional;

/** The datasets of {@link Toy2d} by name, so a form or a lesson can choose one with a string. */
public enum Toy2dKind {
    CIRCLE(Toy2d::circle),
    XOR(Toy2d::xor),
    GAUSSIAN(Toy2d::gaussian),
    SPIRAL(Toy2d::spiral),
    GAUSSIAN_QUANTILES(Toy2d::gaussianQuantiles),
    MOONS(Toy2d::moons);

    /** The signature every {@link Toy2d} generator shares. */
    @FunctionalInterface
    private interface Generator {
        TensorDataset generate(int n, double noise, long seed);
    }

    private final Generator generator;

    Toy2dKind(Generator generator) {
        this.generator = generator;
    }

    /** The key used in forms and lesson blocks, e.g. {@code gaussian_quantiles}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public TensorDataset generate(int n, double noise, long seed) {
        return generator.generate(n, noise, seed);
    }

    public static Optional<Toy2dKind> fromKey(String key) {
        for (Toy2dKind kind : values()) {
            if (kind.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
