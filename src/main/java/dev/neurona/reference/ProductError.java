package dev.neurona.reference;

/**
 * How far a float matrix product is from the same product in double precision: the worst element's
 * error relative to the sum of |a·b| over its terms (what float rounding is proportional to). Used to
 * check a BLAS kernel before trusting it, at run time and in tests.
 */
public final class ProductError {

    /** An element of an operand, by row and column of the product's math (op(A) is m×k, B is k×n). */
    @FunctionalInterface
    public interface Element {
        double at(int row, int column);
    }

    /** A correct single-precision kernel stays orders of magnitude below this. */
    public static final double TOLERANCE = 1e-5;

    private ProductError() {
    }

    /** The worst relative error of {@code c} as the m×n product of a (m×k) and b (k×n). */
    public static double worst(int m, int n, int k, Element a, Element b, Element c) {
        double worst = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double bound = 0;
                for (int t = 0; t < k; t++) {
                    double x = a.at(i, t) * b.at(t, j);
                    sum += x;
                    bound += Math.abs(x);
                }
                worst = Math.max(worst, Math.abs(c.at(i, j) - sum) / bound);
            }
        }
        return worst;
    }
}
