package dev.neurona.nn;

/**
 * A network's answer for every point of a square grid over [−range, range]², as plain floats so it
 * can be drawn or sent anywhere: row {@code i} is x2 going up from −range, column {@code j} is x1
 * going right from −range, like the grid of lesson 2.5.
 */
public record DecisionGrid(int resolution, double range, float[] probabilities) {

    public static final double THRESHOLD = 0.5;

    public DecisionGrid {
        if (probabilities.length != resolution * resolution) {
            throw new IllegalArgumentException("expected " + resolution * resolution + " probabilities");
        }
    }

    /** The same grid with three decimals: plenty for a colour, and a third of the JSON to send. */
    public DecisionGrid rounded() {
        float[] p = probabilities.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.round(p[i] * 1000) / 1000f;
        }
        return new DecisionGrid(resolution, range, p);
    }

    /** The coordinate of grid line {@code index} (the same values on both axes). */
    public double coordinate(int index) {
        return -range + 2 * range * index / (resolution - 1);
    }

    /** The network's output, between 0 and 1, at (x1 = coordinate(col), x2 = coordinate(row)). */
    public float probability(int row, int col) {
        return probabilities[row * resolution + col];
    }

    /** 1 (the class of the ring, say) if the output reaches the threshold 0.5, otherwise 0. */
    public int classAt(int row, int col) {
        return probability(row, col) >= THRESHOLD ? 1 : 0;
    }
}
