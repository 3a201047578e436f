package dev.neurona.nn;

import dev.neurona.data.Examples;
import dev.neurona.data.TensorDataset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One batch buffer per batch size, refilled for every batch instead of allocated (see
 * {@link Examples#rowsInto}), and freed when the training or evaluation that owns them ends: a
 * closed run's native buffers would otherwise wait for a garbage collection (an IMDB run's
 * validation chunks alone were 80 MB).
 */
final class BatchBuffers implements AutoCloseable {

    private final Map<Integer, TensorDataset> bySize = new HashMap<>();

    /** The given rows of {@code data}, in a buffer of this size. */
    TensorDataset next(Examples data, int[] rows) {
        TensorDataset buffer = bySize.get(rows.length);
        if (buffer == null) {
            buffer = data.rows(rows);
            bySize.put(rows.length, buffer);
            return buffer;
        }
        return data.rowsInto(rows, buffer);
    }

    /** Rows [from, to) to read: a view of tensors already in memory, else a buffer filled with them. */
    TensorDataset range(Examples data, int from, int to) {
        if (data instanceof TensorDataset tensors) {
            return tensors.view(from, to);
        }
        return next(data, IntStream.range(from, to).toArray());
    }

    @Override
    public void close() {
        for (TensorDataset buffer : bySize.values()) {
            buffer.features().close();
            buffer.labels().close();
        }
        bySize.clear();
    }
}
