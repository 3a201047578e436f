package dev.neurona.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL server the tests may use: {@code NEURONA_TEST_PG_URL}, {@code NEURONA_TEST_PG_USER} and
 * {@code NEURONA_TEST_PG_PASSWORD}, by default the throwaway cluster {@code scripts/ci-postgres.sh} starts.
 */
public final class TestPostgresql {

    public static final String URL =
            env("NEURONA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:55432/neurona_test");
    public static final String USER = env("NEURONA_TEST_PG_USER", "neurona");
    public static final String PASSWORD = env("NEURONA_TEST_PG_PASSWORD", "");

    private static Boolean reachable;

    private TestPostgresql() {}

    /** The configuration an instructor would give to run on this server. */
    public static Map<String, String> serverConfig() {
        return Map.of(
                "neurona.db.url", URL, "neurona.db.user", USER, "neurona.db.password", PASSWORD);
    }

    /** Whether a connection opens within a few seconds; asked once per test JVM. */
    public static synchronized boolean reachable() {
        if (reachable == null) {
            Properties login = new Properties();
            login.setProperty("user", USER);
            login.setProperty("password", PASSWORD);
            login.setProperty("connectTimeout", "3");
            try (Connection c = DriverManager.getConnection(URL, login)) {
                reachable = c.isValid(3);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
