package dev.neurona.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The database repositories store into. Both datasources exist in every build; {@link DatabaseSelection} activates
 * one at start-up and this bean hands out its connections, so no repository injects a datasource of its own.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);

    private final AgroalDataSource dataSource;

    @Inject
    Database(@Any InjectableInstance<AgroalDataSource> dataSources, DatabaseConfig config) {
        this.dataSource = dataSources.getActive();
        String url = dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration().jdbcUrl();
        String where = DatabaseSelection.withoutSecrets(url);
        if (config.url().isPresent()) {
            LOG.infof("Neurona stores its state in PostgreSQL: %s as %s", where, config.user());
        } else {
            LOG.infof("Neurona stores its state in the embedded H2 database %s (set NEURONA_DB_URL for PostgreSQL)", where);
        }
    }

    /** A pooled connection in auto-commit mode; closing it gives it back to the pool. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
