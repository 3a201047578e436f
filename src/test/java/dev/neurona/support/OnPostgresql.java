package dev.neurona.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * A server started the way an instructor switches to PostgreSQL: only {@code neurona.db.*} set (and the light
 * warm-up, which the default profile's tests do not need here). Pair it with
 * {@code @ExtendWith(PostgresqlReachable.class)} so the class is skipped where no server answers.
 */
public class OnPostgresql implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestPostgresql.serverConfig());
        config.put("neurona.workers.full-warm-up", "false");
        return config;
    }
}
