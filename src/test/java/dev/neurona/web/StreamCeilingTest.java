package dev.neurona.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.config.NeuronaConfig;
import io.smallrye.config.WithDefault;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamCeilingTest {

    @Test
    void aLearnerBeyondTheirCeilingIsRefusedAndOthersAreNot() {
        StreamCeiling ceiling = new StreamCeiling(3, 100, 100);
        for (int i = 0; i < 3; i++) {
            ceiling.open("ana", "10.0.0.1");
        }
        StreamCeiling.Refused refused =
                assertThrows(StreamCeiling.Refused.class, () -> ceiling.open("ana", "10.0.0.1"));
        assertEquals(StreamCeiling.Limit.LEARNER, refused.limit());
        ceiling.open("bruno", "10.0.0.1");
        assertEquals(4, ceiling.open());
    }

    @Test
    void closingAStreamFreesItsPlaceOnceHoweverOftenItIsClosed() {
        StreamCeiling ceiling = new StreamCeiling(2, 100, 100);
        StreamCeiling.Lease first = ceiling.open("ana", "10.0.0.1");
        ceiling.open("ana", "10.0.0.1");
        first.close();
        first.close();
        ceiling.open("ana", "10.0.0.1");
        assertEquals(StreamCeiling.Limit.LEARNER, ceiling.full("ana", "10.0.0.1").orElseThrow());
        assertEquals(2, ceiling.open());
    }

    @Test
    void newCookiesFromOneAddressMeetTheAddressCeiling() {
        StreamCeiling ceiling = new StreamCeiling(5, 4, 100);
        for (int i = 0; i < 4; i++) {
            ceiling.open("learner-" + i, "10.0.0.9");
        }
        StreamCeiling.Refused refused =
                assertThrows(StreamCeiling.Refused.class, () -> ceiling.open("fresh", "10.0.0.9"));
        assertEquals(StreamCeiling.Limit.ADDRESS, refused.limit());
        ceiling.open("fresh", "10.0.0.10");
    }

    @Test
    void theServerCeilingHoldsAcrossAddresses() {
        StreamCeiling ceiling = new StreamCeiling(5, 5, 6);
        List<StreamCeiling.Lease> leases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leases.add(ceiling.open("l" + i, "10.0.0." + i));
        }
        assertEquals(
                StreamCeiling.Limit.SERVER,
                assertThrows(StreamCeiling.Refused.class, () -> ceiling.open("x", "10.0.1.1"))
                        .limit());
        leases.forEach(StreamCeiling.Lease::close);
        assertEquals(0, ceiling.open());
        assertTrue(ceiling.full("x", "10.0.1.1").isEmpty());
    }

    @Test
    void aClassOfSixtyWithThreeTabsEachBehindOneRouterFitsTheDefaults() {
        // each tab holds the class banner and one training run's curves
        StreamCeiling ceiling =
                new StreamCeiling(
                        configDefault("perLearner"),
                        configDefault("perAddress"),
                        configDefault("total"));
        for (int learner = 0; learner < 60; learner++) {
            for (int stream = 0; stream < 3 * 2; stream++) {
                ceiling.open("learner-" + learner, "192.168.1.1");
            }
        }
        assertEquals(360, ceiling.open());
    }

    /** The default of a {@code neurona.streams.*} setting, as the configuration declares it. */
    private static int configDefault(String setting) {
        try {
            return Integer.parseInt(
                    NeuronaConfig.Streams.class
                            .getMethod(setting)
                            .getAnnotation(WithDefault.class)
                            .value());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
