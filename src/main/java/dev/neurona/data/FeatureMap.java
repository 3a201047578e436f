package dev.neurona.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The inputs a playground network receives: an ordered choice of {@link Feature}s that turns points
 * {@code (n, 2)} into features {@code (n, k)}, one column per feature in the order chosen.
 */
public record FeatureMap(List<Feature> features) {

    /** Only the coordinates, what a network gets unless the learner adds features. */
    public static final FeatureMap COORDINATES = new FeatureMap(List.of(Feature.X1, Feature.X2));

    public FeatureMap {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("choose at least one feature");
        }
        if (EnumSet.copyOf(features).size() != features.size()) {
            throw new IllegalArgumentException("a feature is chosen twice: " + keys(features));
        }
    }

    public static FeatureMap of(Feature... features) {
        return new FeatureMap(List.of(features));
    }

    /**
     * Reads the comma list of keys forms and URLs carry, e.g. {@code "x1sq, x2sq"} (case and spaces
     * ignored); an empty list, an unknown key or a repeated one is refused with a message naming it.
     */
    public static FeatureMap parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("choose at least one feature");
        }
        List<Feature> chosen = new ArrayList<>();
        Set<Feature> seen = EnumSet.noneOf(Feature.class);
        for (String part : text.split(",", -1)) {
            String key = part.trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("empty feature in \"" + text + "\"");
            }
            Feature feature = Feature.fromKey(key).orElseThrow(() -> new IllegalArgumentException(
                    "unknown feature \"" + key + "\"; known: " + keys(List.of(Feature.values()))));
            if (!seen.add(feature)) {
                throw new IllegalArgumentException("feature \"" + key + "\" is chosen twice");
            }
            chosen.add(feature);
        }
        return new FeatureMap(chosen);
    }

    /** Inputs of the network: one per feature. */
    public int size() {
        return features.size();
    }

    /** The comma list {@link #parse} reads back, e.g. {@code x1sq,x2sq}. */
    public String keys() {
        return keys(features);
    }

    /** Features {@code (n, k)}, float, of points {@code (n, 2)} holding (x1, x2) per row. */
    public INDArray apply(INDArray points) {
        if (points.rank() != 2 || points.columns() != 2) {
            throw new IllegalArgumentException("points must have shape (n, 2), not " + java.util.Arrays.toString(points.shape()));
        }
        float[][] xy = points.castTo(DataType.FLOAT).toFloatMatrix();
        int n = xy.length;
        int k = features.size();
        float[] out = new float[n * k];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < k; f++) {
                out[i * k + f] = (float) features.get(f).of(xy[i][0], xy[i][1]);
            }
        }
        return Nd4j.create(out, new long[] {n, k}, DataType.FLOAT);
    }

    /** The same examples with their points replaced by features; the labels are kept as they are. */
    public TensorDataset apply(TensorDataset points) {
        return new TensorDataset(apply(points.features()), points.labels());
    }

    private static String keys(List<Feature> features) {
        return features.stream().map(Feature::key).collect(Collectors.joining(","));
    }
}
