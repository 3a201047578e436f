package dev.neurona.data;

/**
 * The data settings of a playground run (lesson 1.12): which {@link Toy2d} shape, how many points,
 * how much noise, which share for training, and the seed. The same settings always give the same
 * points and the same train/test cut, so a shared link or a re-run shows the same picture.
 */
public record PlaygroundData(Toy2dKind kind, int points, double noise, double trainRatio, long seed) {

    public PlaygroundData {
        if (points < 2 || points > Toy2d.MAX_POINTS) {
            throw new IllegalArgumentException("points must be between 2 and " + Toy2d.MAX_POINTS + ": " + points);
        }
        if (!(noise >= 0 && noise <= Toy2d.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be between 0 and " + Toy2d.MAX_NOISE + ": " + noise);
        }
        if (!(trainRatio >= TrainTestSplit.MIN_RATIO && trainRatio <= TrainTestSplit.MAX_RATIO)) {
            throw new IllegalArgumentException("train ratio must be between " + TrainTestSplit.MIN_RATIO + " and "
                    + TrainTestSplit.MAX_RATIO + ": " + trainRatio);
        }
    }

    /** The raw points (x1, x2) with their 0/1 labels, cut into train and test. */
    public TrainTestSplit split() {
        // the generator and the cut each draw from their own Random(seed), so changing the ratio
        // moves points between the sides but never changes the points themselves
        return TrainTestSplit.of(kind.generate(points, noise, seed), trainRatio, seed);
    }

    /** The split as an exercise's data, fed through {@code features}; test points are the ones never trained on. */
    public ExerciseData exerciseData(FeatureMap features) {
        TrainTestSplit split = split();
        return new ExerciseData(NAME, "generated: " + kind.key() + ", seed " + seed, features.apply(split.train()),
                features.apply(split.test()), CLASSES);
    }

    /** The dataset name exercises use for generated points. */
    public static final String NAME = "playground";

    static final java.util.List<String> CLASSES = java.util.List.of("0", "1");
}
