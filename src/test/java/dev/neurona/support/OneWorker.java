package dev.neurona.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A server with a single training worker, to watch the queue and the run limits at work. Every class that needs
 * one worker shares this profile, so the server restarts once for all of them; its warm-up is the light one (the
 * default profile's tests cover the full warm-up), and its wall-clock limit differs from the default so a test can
 * see the setting read.
 */
public class OneWorker implements QuarkusTestProfile {

    /** {@code neurona.runs.max-wall-time} on this server. */
    public static final String MAX_WALL_TIME = "29m";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "neurona.workers.count",
                "1",
                "neurona.runs.max-wall-time",
                MAX_WALL_TIME,
                "neurona.workers.full-warm-up",
                "false");
    }
}
