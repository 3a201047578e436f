package dev.neurona.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The playground's input features: parsing the form's list and the columns they compute. */
class FeatureMapTest {

    private static final INDArray POINTS = Nd4j.create(new float[] {0.5f, -2f, 0f, 1f, -1.5f, 0.25f}, new long[] {3, 2}, DataType.FLOAT);

    @Test
    void everyFeatureComputesItsFormulaInTheChosenOrder() {
        FeatureMap all = FeatureMap.parse("x1,x2,x1sq,x2sq,x1x2,sin1,sin2");
        INDArray features = all.apply(POINTS);
        assertArrayEquals(new long[] {3, 7}, features.shape());
        assertEquals(DataType.FLOAT, features.dataType());
        assertArrayEquals(new float[] {0.5f, -2f, 0.25f, 4f, -1f, (float) Math.sin(0.5), (float) Math.sin(-2)},
                features.getRow(0).toFloatVector());
        assertArrayEquals(new float[] {0f, 1f, 0f, 1f, 0f, 0f, (float) Math.sin(1)}, features.getRow(1).toFloatVector());
        assertArrayEquals(new float[] {-1.5f, 0.25f, 2.25f, 0.0625f, -0.375f, (float) Math.sin(-1.5), (float) Math.sin(0.25)},
                features.getRow(2).toFloatVector());

        INDArray squares = FeatureMap.parse("x2sq, x1sq").apply(POINTS);
        assertArrayEquals(new float[][] {{4f, 0.25f}, {1f, 0f}, {0.0625f, 2.25f}}, squares.toFloatMatrix(), "order as chosen");
    }

    @Test
    void aDatasetKeepsItsLabels() {
        INDArray labels = Nd4j.create(new float[] {1, 0, 1}, new long[] {3, 1}, DataType.FLOAT);
        TensorDataset mapped = FeatureMap.of(Feature.X1_TIMES_X2).apply(new TensorDataset(POINTS, labels));
        assertArrayEquals(new float[][] {{-1f}, {0f}, {-0.375f}}, mapped.features().toFloatMatrix());
        assertSame(labels, mapped.labels());
        assertEquals(1, mapped.inputs());
    }

    @Test
    void parsesKeysLeniently() {
        assertEquals(List.of(Feature.X1_SQUARED, Feature.X2_SQUARED), FeatureMap.parse(" X1SQ ,x2sq ").features());
        assertEquals("x1,x2", FeatureMap.COORDINATES.keys());
        assertEquals(FeatureMap.parse("sin1,x1x2"), FeatureMap.parse(FeatureMap.parse("sin1,x1x2").keys()), "keys round-trip");
        assertEquals("x₁·x₂", Feature.X1_TIMES_X2.label());
    }

    @Test
    void refusesEmptyUnknownAndRepeatedFeaturesSayingWhich() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureMap.parse(" ")).getMessage().contains("at least one"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureMap.parse("x1,,x2")).getMessage().contains("empty"));
        String unknown = assertThrows(IllegalArgumentException.class, () -> FeatureMap.parse("x1,x3")).getMessage();
        assertTrue(unknown.contains("\"x3\"") && unknown.contains("x1sq"), unknown);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeatureMap.parse("x1,X1")).getMessage().contains("twice"));
        assertThrows(IllegalArgumentException.class, () -> FeatureMap.of(Feature.X2, Feature.X2));
        assertThrows(IllegalArgumentException.class, () -> new FeatureMap(List.of()));
        assertThrows(IllegalArgumentException.class, () -> FeatureMap.COORDINATES.apply(Nd4j.zeros(DataType.FLOAT, 3, 3)));
    }
}
