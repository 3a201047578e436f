package dev.neurona.runs;

import dev.neurona.support.OnPostgresql;
import dev.neurona.support.PostgresqlReachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link RunRepositoryTest} on PostgreSQL; skipped where no test server answers. */
@QuarkusTest
@TestProfile(OnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class RunRepositoryPostgresqlTest extends RunRepositoryTest {

    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }
}
