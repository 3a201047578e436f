package dev.neurona.nn;

import java.util.ArrayList;
import java.util.List;

/** Keras's {@code model.summary()}: one row per Dense layer with its output shape and parameters. */
public record ModelSummary(List<Row> rows, long totalParameters) {

    /** One layer: Keras's auto-generated name ({@code dense}, {@code dense_1}, …), units, activation and parameters. */
    public record Row(String name, int units, String activation, int inputs, long weights, long biases) {
        public long parameters() {
            return weights + biases;
        }

        /** Keras prints the batch dimension as None. */
        public String outputShape() {
            return "(None, " + units + ")";
        }
    }

    public static ModelSummary of(NetworkSpec spec) {
        List<Row> rows = new ArrayList<>();
        int previous = spec.inputs();
        long total = 0;
        List<DenseLayerSpec> layers = spec.layers();
        for (int i = 0; i < layers.size(); i++) {
            DenseLayerSpec layer = layers.get(i);
            Row row = new Row(i == 0 ? "dense" : "dense_" + i, layer.units(), layer.activation().kerasName(),
                    previous, (long) previous * layer.units(), layer.units());
            rows.add(row);
            total += row.parameters();
            previous = layer.units();
        }
        return new ModelSummary(List.copyOf(rows), total);
    }
}
