package dev.neurona.data;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Float views of a contiguous ND4J array's native memory: BLAS operands, fused loops and batch gathers read and write it in place. */
public final class NativeFloats {

    private NativeFloats() {
    }

    /** A pointer to the array's first element (a view's buffer already starts at its offset). */
    public static FloatPointer pointer(INDArray array) {
        if (!viewable(array)) {
            throw new IllegalArgumentException("needs a contiguous float array, got " + array.shapeInfoToString());
        }
        return new FloatPointer(array.data().addressPointer()).capacity(array.length());
    }

    /** Whether {@link #pointer} and {@link #buffer} accept the array. */
    public static boolean viewable(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.elementWiseStride() == 1 && array.data().length() >= array.length();
    }

    /** The array's elements in memory order, read and written in place. */
    public static FloatBuffer buffer(INDArray array) {
        return pointer(array).asBuffer();
    }
}
