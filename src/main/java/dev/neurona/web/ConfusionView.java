package dev.neurona.web;

import java.util.ArrayList;
import java.util.List;

/** A confusion matrix ready to draw: each cell knows its share of its row, which sets its colour. */
record ConfusionView(List<Row> rows, List<Integer> classes) {

    record Cell(int count, boolean diagonal, String share) {
    }

    record Row(int label, List<Cell> cells) {
    }

    static ConfusionView of(List<List<Number>> matrix) {
        List<Row> rows = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            classes.add(i);
            List<Number> counts = matrix.get(i);
            long total = counts.stream().mapToLong(Number::longValue).sum();
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j < counts.size(); j++) {
                long count = counts.get(j).longValue();
                double share = total == 0 ? 0 : (double) count / total;
                cells.add(new Cell((int) count, i == j, String.format(java.util.Locale.ROOT, "%.3f", share)));
            }
            rows.add(new Row(i, cells));
        }
        return new ConfusionView(rows, classes);
    }
}
