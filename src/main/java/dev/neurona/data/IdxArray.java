package dev.neurona.data;

import java.util.Arrays;

/** An array read from an IDX file: its shape and its values as unsigned bytes. */
public record IdxArray(int[] shape, byte[] values) {

    public int count() {
        return shape[0];
    }

    /** Number of values per item (28×28 = 784 for an MNIST image, 1 for a label). */
    public int itemSize() {
        int size = 1;
        for (int i = 1; i < shape.length; i++) {
            size *= shape[i];
        }
        return size;
    }

    @Override
    public String toString() {
        return "IdxArray" + Arrays.toString(shape);
    }
}
