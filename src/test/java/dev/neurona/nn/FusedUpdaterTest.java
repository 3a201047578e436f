package dev.neurona.nn;

import dev.neurona.data.NativeFloats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/** Each fused updater against DL4J's own on the same gradients: parameters and state after several iterations. */
class FusedUpdaterTest {

    /** More than one chunk, and not a multiple of it, so the chunk edges are covered. */
    private static final int SIZE = 10_001;

    @ParameterizedTest
    @EnumSource(Optimizer.class)
    void sameParametersAndStateAsDl4jsUpdater(Optimizer optimizer) {
        IUpdater config = optimizer.updater(0.01);
        Nd4j.getRandom().setSeed(7);
        INDArray dl4jParams = Nd4j.randn(DataType.FLOAT, 1, SIZE);
        INDArray fusedParams = dl4jParams.dup();
        long stateSize = config.stateSize(SIZE);
        INDArray dl4jState = stateSize > 0 ? Nd4j.zeros(DataType.FLOAT, 1, stateSize) : null;
        GradientUpdater<?> dl4j = config.instantiate(dl4jState, true);
        FusedUpdater fused = FusedUpdater.of(config, SIZE).orElseThrow();
        FloatBuffer params = NativeFloats.buffer(fusedParams);

        for (int iteration = 0; iteration < 12; iteration++) {
            // gradients of very different sizes, including zeros, as a real network's are
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 1, SIZE).muli(Math.pow(10, iteration % 4 - 2));
            gradient.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 1), org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 100)).assign(0);
            fused.apply(params, NativeFloats.buffer(gradient.dup()), iteration);
            INDArray update = gradient.dup();
            dl4j.applyUpdater(update, iteration, 0);
            dl4jParams.subi(update);
        }
        double scale = dl4jParams.amaxNumber().doubleValue();
        double difference = dl4jParams.sub(fusedParams).amaxNumber().doubleValue();
        assertTrue(difference <= 1e-5 * scale, optimizer + ": parameters differ by " + difference);
        assertTrue(fusedParams.sub(dl4jParams.dup()).amaxNumber().doubleValue() < 1, "the update did move them");
        if (dl4jState != null) {
            INDArray handedBack = Nd4j.zeros(DataType.FLOAT, 1, stateSize);
            fused.copyStateTo(handedBack);
            double stateScale = dl4jState.amaxNumber().doubleValue();
            assertTrue(stateScale > 0);
            assertEquals(0, dl4jState.sub(handedBack).amaxNumber().doubleValue(), 1e-5 * stateScale, optimizer + ": state");
        }
    }
}
