package dev.neurona.store;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the one switch an instructor sets, {@code neurona.db.url} (env {@code NEURONA_DB_URL}), into Quarkus'
 * run-time {@code active} flags: PostgreSQL's datasource when the URL is set, the embedded H2 one otherwise.
 * A datasource's kind is fixed at build time, so the build has both and start-up picks one.
 */
public class DatabaseSelection implements ConfigSourceFactory {

    /** The key an instructor sets to use PostgreSQL. */
    public static final String URL_KEY = "neurona.db.url";
    /** The name of the PostgreSQL datasource in application.properties. */
    public static final String POSTGRESQL = "postgresql";

    // above application.properties (250) so its defaults lose, below environment variables (300) so an explicit
    // QUARKUS_DATASOURCE_ACTIVE still wins
    private static final int ORDINAL = 255;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean postgresql = usesPostgresql(context.getValue(URL_KEY));
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.active", String.valueOf(!postgresql),
                "quarkus.datasource.\"" + POSTGRESQL + "\".active", String.valueOf(postgresql)),
                "neurona database selection", ORDINAL));
    }

    static boolean usesPostgresql(ConfigValue url) {
        if (url == null || url.getValue() == null || url.getValue().isBlank()) {
            return false;
        }
        if (!url.getValue().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(URL_KEY + " must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://localhost:5432/neurona, not " + withoutSecrets(url.getValue()));
        }
        return true;
    }

    /** A database URL fit for a log: without user info or parameters, either of which may carry a password. */
    static String withoutSecrets(String url) {
        return url.replaceFirst("//[^/@]*@", "//").replaceFirst("[?;].*$", "");
    }
}
