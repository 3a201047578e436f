package dev.neurona.data;

/**
 * Examples a trainer draws batches from. Rows are materialised as tensors only when asked for, so a
 * text corpus whose multi-hot vectors would take gigabytes can still be trained on batch by batch.
 */
public interface Examples {

    int size();

    /** Width of a feature row. */
    int inputs();

    /** Width of a label row: 1 for binary or regression targets, the class count for one-hot labels. */
    int outputs();

    /** The given rows, in that order, as a new features/labels pair. */
    TensorDataset rows(int[] indices);

    /**
     * As {@link #rows(int[])}, written into {@code buffer} (from an earlier call with as many rows):
     * allocating native memory costs more than filling it (a 512 × 10,000 multi-hot batch: about 95 ms
     * to allocate, 5 ms to fill), so a trainer keeps one buffer per batch size.
     */
    default TensorDataset rowsInto(int[] indices, TensorDataset buffer) {
        return rows(indices);
    }

    /** Rows [from, to) to read and not modify: they may share memory with these examples (no copy to allocate). */
    default TensorDataset view(int from, int to) {
        return range(from, to);
    }

    /** Rows [from, to) as tensors the caller may keep or modify. */
    default TensorDataset range(int from, int to) {
        return rows(java.util.stream.IntStream.range(from, to).toArray());
    }
}
