package dev.neurona.lab;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** A named 2-D array copied out of ND4J as plain floats, row after row, ready to be shown. */
public record Matrix(String name, long rows, long columns, float[] values) {

    /** All of {@code array}, which must be 2-D. */
    public static Matrix of(String name, INDArray array) {
        return new Matrix(name, array.rows(), array.columns(), array.castTo(DataType.FLOAT).dup('c').data().asFloat());
    }

    /**
     * The first {@code count} rows of {@code array}, still named with its full shape in mind: the
     * widget shows "Z1 (1000, 4)" above five of its rows.
     */
    public static Matrix head(String name, INDArray array, int count) {
        long rows = Math.min(count, array.rows());
        return of(name, array.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all()));
    }
}
