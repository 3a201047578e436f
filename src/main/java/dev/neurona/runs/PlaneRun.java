package dev.neurona.runs;

import dev.neurona.data.FeatureMap;
import dev.neurona.data.TensorDataset;
import dev.neurona.nn.NetworkDecisionGrid;
import dev.neurona.nn.DecisionGrid;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A run whose examples are points of the plane (lessons 1.6 and 1.12): its raw train and test
 * points, the features the network sees, and the square the decision map covers.
 */
record PlaneRun(TensorDataset train, TensorDataset test, FeatureMap features, double range, TensorDataset testFeatures) {

    /** Cells per side of the streamed decision map: 40 × 40 is smooth once the browser scales it. */
    static final int RESOLUTION = 40;

    static PlaneRun of(TensorDataset train, TensorDataset test, FeatureMap features) {
        double extent = Math.max(train.features().amaxNumber().doubleValue(), test.features().amaxNumber().doubleValue());
        // a margin around the farthest point, rounded to half units so the axis ticks stay round
        double range = Math.max(1, Math.ceil((extent + 0.25) * 2) / 2);
        return new PlaneRun(train, test, features, range, features.apply(test));
    }

    DecisionGrid grid(MultiLayerNetwork network) {
        return NetworkDecisionGrid.of(network, features, RESOLUTION, range);
    }

    double testLoss(MultiLayerNetwork network) {
        return network.score(new DataSet(testFeatures.features(), testFeatures.labels()), false);
    }
}
