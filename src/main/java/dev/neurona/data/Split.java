package dev.neurona.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Which examples of a dataset are for training and which for test, as indices into it. Both sides
 * come in a seeded random order, so taking the first rows of the training side (a validation
 * hold-out) takes a random sample, and the same seed always gives the same split.
 */
public record Split(int[] train, int[] test) {

    /**
     * Splits each class separately, {@code trainFraction} of it (rounded) for training, so both
     * sides keep the class proportions of the whole: a source sorted by label (IMDB) cannot end up
     * with one class per side, and a rare Reuters topic still appears in both.
     */
    public static Split stratified(int[] labels, int classes, double trainFraction, long seed) {
        Random random = new Random(seed);
        int[][] byClass = new int[classes][];
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        int[] train = new int[labels.length];
        int[] test = new int[labels.length];
        int trainSize = 0;
        int testSize = 0;
        for (int[] members : byClass) {
            shuffle(members, random);
            int forTraining = (int) Math.round(members.length * trainFraction);
            System.arraycopy(members, 0, train, trainSize, forTraining);
            System.arraycopy(members, forTraining, test, testSize, members.length - forTraining);
            trainSize += forTraining;
            testSize += members.length - forTraining;
        }
        train = Arrays.copyOf(train, trainSize);
        test = Arrays.copyOf(test, testSize);
        // the classes were appended one after another; mix them
        shuffle(train, random);
        shuffle(test, random);
        return new Split(train, test);
    }

    /** A seeded shuffle of 0..n-1, its first {@code trainSize} for training and the rest for test. */
    public static Split shuffled(int n, int trainSize, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, new Random(seed));
        return new Split(Arrays.copyOf(order, trainSize), Arrays.copyOfRange(order, trainSize, n));
    }

    /** Fisher–Yates with {@link Random}, whose sequence for a seed is fixed by the Java specification. */
    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
