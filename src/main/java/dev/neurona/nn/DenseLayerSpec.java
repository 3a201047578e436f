package dev.neurona.nn;

/** One hidden Dense layer: how many units and which activation. */
public record DenseLayerSpec(int units, Activation activation) {

    /** The {@code "512 relu"} form used in exercise blocks and URLs. */
    public String text() {
        return units + " " + activation.kerasName();
    }
}
