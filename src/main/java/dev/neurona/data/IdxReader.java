package dev.neurona.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads the IDX format of MNIST: a big-endian header (magic, dimensions) followed by unsigned bytes. */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    public static IdxArray read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int magic = data.readInt();
        if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UNSIGNED_BYTE) {
            throw new IOException("not an unsigned-byte IDX file (magic " + Integer.toHexString(magic) + ")");
        }
        int rank = magic & 0xff;
        if (rank < 1 || rank > 4) {
            throw new IOException("unsupported IDX rank " + rank);
        }
        int[] shape = new int[rank];
        long size = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = data.readInt();
            if (shape[i] < 0) {
                throw new IOException("negative IDX dimension");
            }
            size *= shape[i];
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("IDX file too large");
        }
        byte[] values = new byte[(int) size];
        data.readFully(values);
        return new IdxArray(shape, values);
    }
}
