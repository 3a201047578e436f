package dev.neurona.nn;

/**
 * Which training rows a fit learns from and which it validates on: Keras's {@code validation_split}
 * (the last fraction), the lessons' "first N" ({@code x_train[:N]}), or one fold of K.
 */
public record Holdout(int[] train, int[] validation) {

    /** The single hold-out a spec asks for on {@code size} examples. */
    public static Holdout of(NetworkSpec spec, int size) {
        if (spec.validationFirst() > 0) {
            return new Holdout(range(spec.validationFirst(), size), range(0, spec.validationFirst()));
        }
        int validation = (int) Math.round(size * spec.validationSplit());
        return new Holdout(range(0, size - validation), range(size - validation, size));
    }

    /** Every row trains, none validates (the final model after K-fold). */
    public static Holdout all(int size) {
        return new Holdout(range(0, size), new int[0]);
    }

    /** Fold {@code fold} (0-based) of {@code k}: consecutive blocks of size/k rows, as the lesson slices them. */
    public static Holdout fold(int fold, int k, int size) {
        int perFold = size / k;
        int from = fold * perFold;
        int to = fold == k - 1 ? size : from + perFold;
        int[] train = new int[size - (to - from)];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (i < from || i >= to) {
                train[n++] = i;
            }
        }
        return new Holdout(train, range(from, to));
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
