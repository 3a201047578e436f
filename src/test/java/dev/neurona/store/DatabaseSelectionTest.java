package dev.neurona.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigValue;
import org.junit.jupiter.api.Test;

/** The switch between the embedded database and PostgreSQL. */
class DatabaseSelectionTest {

    private static ConfigValue url(String value) {
        return ConfigValue.builder().withName(DatabaseSelection.URL_KEY).withValue(value).build();
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseIsUsed() {
        assertFalse(DatabaseSelection.usesPostgresql(null));
        assertFalse(DatabaseSelection.usesPostgresql(url(null)));
        assertFalse(DatabaseSelection.usesPostgresql(url("  ")));
    }

    @Test
    void aPostgresqlUrlSelectsPostgresql() {
        assertTrue(DatabaseSelection.usesPostgresql(url("jdbc:postgresql://db.example:5432/neurona?sslmode=require")));
    }

    @Test
    void anyOtherUrlIsRefusedWithTheKeyToFixAndNoSecrets() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSelection.usesPostgresql(url("postgres://neurona:hunter2@db.example/neurona?sslmode=require")));
        assertEquals("neurona.db.url must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/neurona,"
                + " not postgres://db.example/neurona", refused.getMessage());
    }
}
