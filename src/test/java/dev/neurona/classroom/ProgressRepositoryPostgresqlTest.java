package dev.neurona.classroom;

import dev.neurona.support.OnPostgresql;
import dev.neurona.support.PostgresqlReachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link ProgressRepositoryTest} on PostgreSQL; skipped where no test server answers. */
@QuarkusTest
@TestProfile(OnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class ProgressRepositoryPostgresqlTest extends ProgressRepositoryTest {
}
