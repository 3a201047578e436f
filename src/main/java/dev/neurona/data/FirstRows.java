package dev.neurona.data;

/** The first {@code count} rows of other examples, in their order: a smaller training set without copying it. */
public final class FirstRows implements Examples {

    private final Examples all;
    private final int count;

    public FirstRows(Examples all, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one row: " + count);
        }
        this.all = all;
        this.count = Math.min(count, all.size());
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int inputs() {
        return all.inputs();
    }

    @Override
    public int outputs() {
        return all.outputs();
    }

    @Override
    public TensorDataset rows(int[] indices) {
        return all.rows(checked(indices));
    }

    @Override
    public TensorDataset rowsInto(int[] indices, TensorDataset buffer) {
        return all.rowsInto(checked(indices), buffer);
    }

    @Override
    public TensorDataset range(int from, int to) {
        if (to > count) {
            throw new IndexOutOfBoundsException("row " + (to - 1) + " of " + count);
        }
        return all.range(from, to);
    }

    private int[] checked(int[] indices) {
        for (int index : indices) {
            if (index >= count) {
                throw new IndexOutOfBoundsException("row " + index + " of " + count);
            }
        }
        return indices;
    }
}
