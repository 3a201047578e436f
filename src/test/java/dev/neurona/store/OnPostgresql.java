package dev.neurona.store;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A server started the way an instructor switches to PostgreSQL: only {@code neurona.db.*} set. Pair it with
 * {@code @ExtendWith(PostgresqlReachable.class)} so the class is skipped where no server answers.
 */
public class OnPostgresql implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestPostgresql.serverConfig();
    }
}
