package dev.neurona.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix ready to draw: each cell knows its share of its row, which sets its colour, and
 * each class its own accuracy (recall), which the per-class table lists.
 */
record ConfusionView(List<Row> rows, List<String> classes, List<ClassScore> perClass) {

    record Cell(int count, boolean diagonal, String share, String title) {
    }

    record Row(String label, List<Cell> cells) {
    }

    /** How often the network got one class right: hits out of its test examples. */
    record ClassScore(String name, long examples, long hits, String accuracy, String share) {
    }

    /** Builds the view; {@code names} label the classes (their indices when empty or too short). */
    static ConfusionView of(List<? extends List<? extends Number>> matrix, List<String> names) {
        List<Row> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<ClassScore> perClass = new ArrayList<>();
        for (int i = 0; i < matrix.size(); i++) {
            classes.add(i < names.size() ? names.get(i) : Integer.toString(i));
        }
        for (int i = 0; i < matrix.size(); i++) {
            List<? extends Number> counts = matrix.get(i);
            long total = counts.stream().mapToLong(Number::longValue).sum();
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j < counts.size(); j++) {
                long count = counts.get(j).longValue();
                double share = total == 0 ? 0 : (double) count / total;
                cells.add(new Cell((int) count, i == j, String.format(Locale.ROOT, "%.3f", share),
                        classes.get(i) + " → " + classes.get(j) + ": " + count));
            }
            rows.add(new Row(classes.get(i), cells));
            long hits = i < counts.size() ? counts.get(i).longValue() : 0;
            double accuracy = total == 0 ? 0 : (double) hits / total;
            perClass.add(new ClassScore(classes.get(i), total, hits,
                    total == 0 ? "—" : String.format(Locale.ROOT, "%.4f", accuracy), String.format(Locale.ROOT, "%.3f", accuracy)));
        }
        return new ConfusionView(rows, classes, perClass);
    }

    /** Many classes (Reuters' 46 topics) are drawn as a compact heat map with numbered columns. */
    public boolean compact() {
        return classes.size() > 12;
    }
}
