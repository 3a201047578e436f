package dev.neurona.nn;


import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * Row-major single-precision products on the BLAS that ND4J itself calls (its OpenBLAS, through
 * JavaCPP), at element offsets into preallocated buffers. ND4J's own {@code Nd4j.gemm} goes through
 * its op executor (shape checks, op descriptors) on every call; a batch of lesson 1.5 makes four.
 */
final class Sgemm {

    private Sgemm() {
    }

    /** One operand: a buffer, where the matrix starts in it, and its row stride. */
    record Matrix(FloatPointer base, long offset, int stride) {

        FloatPointer at() {
            return new FloatPointer(base).position(offset);
        }

        /** The same matrix from column {@code columns} on (same row stride). */
        Matrix shifted(int columns) {
            return new Matrix(base, offset + columns, stride);
        }
    }

    /** {@code c[m×n] = op(a)[m×k] · op(b)[k×n]}, overwriting c. */
    static void multiply(Matrix a, boolean transposeA, Matrix b, boolean transposeB, Matrix c, int m, int n, int k) {
        openblas_nolapack.cblas_sgemm(openblas_nolapack.CblasRowMajor,
                transposeA ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                transposeB ? openblas_nolapack.CblasTrans : openblas_nolapack.CblasNoTrans,
                m, n, k, 1f, a.at(), a.stride(), b.at(), b.stride(), 0f, c.at(), c.stride());
    }
}
