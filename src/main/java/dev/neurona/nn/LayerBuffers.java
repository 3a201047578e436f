package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One row-major [rows×units] float array per layer, with its native views (as a BLAS operand and as a
 * float buffer) made once, not per batch. The arrays are kept here too: the views alone would not keep
 * their memory alive.
 */
record LayerBuffers(INDArray[] arrays, Sgemm.Matrix[] matrices, FloatBuffer[] values) {

    static LayerBuffers of(int rows, int[] units) {
        int layers = units.length;
        INDArray[] arrays = new INDArray[layers];
        Sgemm.Matrix[] matrices = new Sgemm.Matrix[layers];
        FloatBuffer[] values = new FloatBuffer[layers];
        for (int l = 0; l < layers; l++) {
            arrays[l] = Nd4j.create(DataType.FLOAT, new long[] {rows, units[l]}, 'c');
            matrices[l] = new Sgemm.Matrix(NativeFloats.pointer(arrays[l]), 0, units[l]);
            values[l] = NativeFloats.buffer(arrays[l]);
        }
        return new LayerBuffers(arrays, matrices, values);
    }
}
