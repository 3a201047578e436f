package dev.neurona.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The {@code neurona.db.*} settings of a PostgreSQL server (env {@code NEURONA_DB_URL}, {@code NEURONA_DB_USER},
 * {@code NEURONA_DB_PASSWORD}); application.properties hands them to the {@code postgresql} datasource.
 */
@ConfigMapping(prefix = "neurona.db")
public interface DatabaseConfig {

    /** A PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/neurona}; unset, the embedded H2 is used. */
    Optional<String> url();

    /** The PostgreSQL role Neurona signs in as. */
    @WithDefault("neurona")
    String user();

    /** That role's password (none for trust or peer authentication). */
    Optional<String> password();
}
