package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.reference.ProductError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The direct BLAS products, at offsets and strides inside bigger buffers as the fast step uses them, against a double-precision product. */
class SgemmTest {

    @ParameterizedTest
    @CsvSource({
        "128, 512, 784, false, true",
        "512, 784, 128, true, false",
        "128, 784, 512, false, false",
        "37, 61, 129, true, true",
    })
    void productsInsideBiggerBuffersMatchADoublePrecisionProduct(int m, int n, int k, boolean transposeA, boolean transposeB) {
        Nd4j.getRandom().setSeed(m + n + k);
        // each operand sits at an offset in a bigger buffer, with a row stride wider than the matrix
        int strideA = (transposeA ? m : k) + 3;
        int strideB = (transposeB ? k : n) + 5;
        int strideC = n + 7;
        int rowsA = transposeA ? k : m;
        int rowsB = transposeB ? n : k;
        INDArray a = Nd4j.randn(DataType.FLOAT, 1, 11 + (long) rowsA * strideA);
        INDArray b = Nd4j.randn(DataType.FLOAT, 1, 13 + (long) rowsB * strideB);
        INDArray c = Nd4j.zeros(DataType.FLOAT, 1, 17 + (long) m * strideC);
        Sgemm.multiply(new Sgemm.Matrix(NativeFloats.pointer(a), 11, strideA), transposeA, new Sgemm.Matrix(NativeFloats.pointer(b), 13, strideB),
                transposeB, new Sgemm.Matrix(NativeFloats.pointer(c), 17, strideC), m, n, k);
        float[] av = a.data().asFloat();
        float[] bv = b.data().asFloat();
        float[] cv = c.data().asFloat();
        double worst = ProductError.worst(m, n, k, (i, t) -> av[11 + (transposeA ? t * strideA + i : i * strideA + t)],
                (t, j) -> bv[13 + (transposeB ? j * strideB + t : t * strideB + j)], (i, j) -> cv[17 + i * strideC + j]);
        assertTrue(worst < 1e-5, "worst error " + worst + " of the |a|·|b| sum");
        // nothing written outside C's rows
        for (int i = 0; i < m; i++) {
            for (int j = n; j < strideC; j++) {
                assertTrue(cv[17 + i * strideC + j] == 0f, "padding of row " + i + " untouched");
            }
        }
    }
}
