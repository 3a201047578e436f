package dev.neurona.nn;

import java.util.ArrayList;
import java.util.List;

/** One hidden layer as the learner typed it: units and activation, not yet validated. */
public record LayerInput(String units, String activation) {

    /** Splits the {@code "512 relu, 64 relu"} form of exercise blocks and URLs into layers. */
    public static List<LayerInput> parseAll(String text) {
        List<LayerInput> layers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return layers;
        }
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            int space = trimmed.lastIndexOf(' ');
            layers.add(space < 0 ? new LayerInput(trimmed, "") : new LayerInput(trimmed.substring(0, space).trim(), trimmed.substring(space + 1)));
        }
        return layers;
    }
}
