package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IdxReaderTest {

    private static byte[] idx(int magic, int[] dims, byte[] values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(values);
        return bytes.toByteArray();
    }

    @Test
    void readsShapeAndUnsignedValues() throws IOException {
        byte[] values = {0, 1, (byte) 255, 7, 8, 9, 10, 11};
        IdxArray array = IdxReader.read(new ByteArrayInputStream(idx(0x00000803, new int[] {2, 2, 2}, values)));
        assertArrayEquals(new int[] {2, 2, 2}, array.shape());
        assertEquals(2, array.count());
        assertEquals(4, array.itemSize());
        assertEquals(255, array.values()[2] & 0xff);
    }

    @Test
    void refusesOtherMagicNumbers() throws IOException {
        byte[] file = idx(0x00000D01, new int[] {1}, new byte[4]);
        assertThrows(IOException.class, () -> IdxReader.read(new ByteArrayInputStream(file)));
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] file = idx(0x00000801, new int[] {10}, new byte[3]);
        assertThrows(IOException.class, () -> IdxReader.read(new ByteArrayInputStream(file)));
    }
}
