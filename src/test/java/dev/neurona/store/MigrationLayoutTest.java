package dev.neurona.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The rules of the migration folders (see docs/architecture.md, "Database"): shared SQL in db/migration, a version
 * written per database in both db/h2 and db/postgresql, and no released migration ever edited.
 */
class MigrationLayoutTest {

    /** Checksums databases already recorded; a changed file would stop those servers at start-up. */
    private static final Map<String, Integer> RELEASED_H2 = Map.of(
            "1", -408883464, "2", 723002814, "3", 764069579, "4", -839818978);
    private static final Map<String, Integer> RELEASED_POSTGRESQL = Map.of(
            "1", -848303693, "2", 723002814, "3", 764069579, "4", -839818978);

    @Test
    void releasedMigrationsAreNeverEdited() {
        Map<String, Integer> h2 = checksums("db/migration", "db/h2");
        Map<String, Integer> postgresql = checksums("db/migration", "db/postgresql");
        RELEASED_H2.forEach((version, checksum) -> assertEquals(checksum, h2.get(version), "H2 V" + version + " was edited"));
        RELEASED_POSTGRESQL.forEach((version, checksum) ->
                assertEquals(checksum, postgresql.get(version), "PostgreSQL V" + version + " was edited"));
    }

    @Test
    void aVersionWrittenPerDatabaseExistsForBoth() {
        assertEquals(versions("db/h2"), versions("db/postgresql"));
    }

    @Test
    void aVersionIsEitherSharedOrPerDatabase() {
        Set<String> shared = versions("db/migration");
        Set<String> perDatabase = versions("db/h2");
        perDatabase.retainAll(shared);
        assertTrue(perDatabase.isEmpty(), "in db/migration and in the per-database folders: " + perDatabase);
    }

    @Test
    void bothDatabasesGetTheSameVersions() {
        assertEquals(checksums("db/migration", "db/h2").keySet(), checksums("db/migration", "db/postgresql").keySet());
    }

    private static Set<String> versions(String location) {
        return new TreeSet<>(checksums(location).keySet());
    }

    // Flyway resolves and checksums the files without running them, so an in-memory H2 serves for both sets
    private static Map<String, Integer> checksums(String... locations) {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:migration-layout", "sa", "")
                .locations(Arrays.stream(locations).map(l -> "classpath:" + l).toArray(String[]::new))
                .load();
        return Arrays.stream(flyway.info().all())
                .collect(Collectors.toMap(m -> m.getVersion().getVersion(), MigrationInfo::getChecksum, (a, b) -> {
                    throw new IllegalStateException("one version twice in " + Arrays.toString(locations));
                }, TreeMap::new));
    }
}
