package dev.neurona.data;

/** Grayscale images with an integer label each, kept as the raw unsigned bytes of the source. */
public record LabeledImages(int rows, int cols, byte[] pixels, byte[] labels) {

    public LabeledImages {
        if (pixels.length != labels.length * rows * cols) {
            throw new IllegalArgumentException("pixels do not match labels × " + rows + "×" + cols);
        }
    }

    public int count() {
        return labels.length;
    }

    public int pixelsPerImage() {
        return rows * cols;
    }

    public int label(int index) {
        return labels[index] & 0xff;
    }

    /** Intensity 0–255 of pixel (row, col) of image {@code index}. */
    public int pixel(int index, int row, int col) {
        return pixels[index * pixelsPerImage() + row * cols + col] & 0xff;
    }

    /** How many images carry each label 0..classes-1. */
    public int[] labelCounts(int classes) {
        int[] counts = new int[classes];
        for (byte label : labels) {
            counts[label & 0xff]++;
        }
        return counts;
    }
}
