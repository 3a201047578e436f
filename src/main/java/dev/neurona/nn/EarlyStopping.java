package dev.neurona.nn;

/**
 * Stop when the validation loss has not improved for {@code patience} epochs (0: never), and
 * optionally go back to the weights of the best epoch, as Keras's {@code EarlyStopping} callback.
 */
public record EarlyStopping(int patience, boolean restoreBest) {

    public static final EarlyStopping OFF = new EarlyStopping(0, false);

    public boolean isOn() {
        return patience > 0;
    }
}
