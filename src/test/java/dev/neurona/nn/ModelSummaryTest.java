package dev.neurona.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModelSummaryTest {

    @Test
    void theLessonNetworkHas407050Parameters() {
        NetworkSpec spec = new SpecParser(SpecLimits.defaults()).parse(SpecParserTest.lessonDefaults(), DatasetShape.MNIST).orElseThrow();
        ModelSummary summary = ModelSummary.of(spec);
        assertEquals(2, summary.rows().size());
        assertEquals("dense", summary.rows().get(0).name());
        assertEquals("(None, 512)", summary.rows().get(0).outputShape());
        assertEquals(401_920, summary.rows().get(0).parameters());
        assertEquals("dense_1", summary.rows().get(1).name());
        assertEquals(5_130, summary.rows().get(1).parameters());
        assertEquals(407_050, summary.totalParameters());
    }

    @Test
    void matchesDl4jsOwnCount() {
        var values = SpecParserTest.lessonDefaults();
        values.put("hidden", "32 relu, 16 tanh");
        NetworkSpec spec = new SpecParser(SpecLimits.defaults()).parse(values, DatasetShape.MNIST).orElseThrow();
        assertEquals(NetworkFactory.build(spec).numParams(), ModelSummary.of(spec).totalParameters());
    }
}
