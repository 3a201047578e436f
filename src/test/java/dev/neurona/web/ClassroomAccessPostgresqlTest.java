package dev.neurona.web;

import dev.neurona.support.OnPostgresql;
import dev.neurona.support.PostgresqlReachable;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every classroom test (instructor, classes, joining, PINs, limits, access) on PostgreSQL; skipped where no test server answers. */
@QuarkusTest
@TestProfile(OnPostgresql.class)
@ExtendWith(PostgresqlReachable.class)
class ClassroomAccessPostgresqlTest extends ClassroomAccessTest {
}
