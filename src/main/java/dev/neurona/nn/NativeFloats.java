package dev.neurona.nn;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Float views of a contiguous ND4J array's native memory, for the fast Dense step's BLAS calls and fused loops. */
final class NativeFloats {

    private NativeFloats() {
    }

    /** A pointer to the array's first element (a view's buffer already starts at its offset). */
    static FloatPointer pointer(INDArray array) {
        if (array.dataType() != DataType.FLOAT || array.elementWiseStride() != 1 || array.data().length() < array.length()) {
            throw new IllegalArgumentException("the fast Dense step needs contiguous float arrays, got " + array.shapeInfoToString());
        }
        return new FloatPointer(array.data().addressPointer()).capacity(array.length());
    }

    /** The array's elements in memory order, read and written in place. */
    static FloatBuffer buffer(INDArray array) {
        return pointer(array).asBuffer();
    }
}
