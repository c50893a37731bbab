package io.github.receivables.examples.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store's tables to the current version with Flyway. The scripts live under {@code
 * db/receivables/h2} and {@code db/receivables/postgresql}, outside Flyway's default {@code
 * db/migration}, and the history table has its own name, so a host's own Flyway migrations in
 * the same schema neither run these scripts nor clash with their versions.
 */
final class Migrations {

    /** The Flyway history table of the store's migrations. */
    static final String HISTORY_TABLE = "receivables_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    /**
     * Applies the pending migrations.
     *
     * @param schema the schema to create and migrate, or null for the connection's default
     * @throws JdbcStoreException if a migration fails; what ran before it stays applied
     */
    static void migrate(DataSource dataSource, Dialect dialect, String schema) {
        FluentConfiguration configuration = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .table(HISTORY_TABLE)
                .failOnMissingLocations(true);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        String where = schema == null ? "the default schema" : "schema " + schema;
        try {
            MigrateResult result = configuration.load().migrate();
            LOG.info("receivables stores in {} on {} are at version {} ({} migrations applied)",
                    where, dialect, result.targetSchemaVersion == null ? result.initialSchemaVersion
                            : result.targetSchemaVersion, result.migrationsExecuted);
        } catch (FlywayException e) {
            LOG.error("migrating the receivables stores in {} on {} failed: {}", where, dialect,
                    e.getClass().getSimpleName());
            LOG.debug("migration failure", e);
            throw new JdbcStoreException("migrating the receivables stores in " + where
                    + " failed; the cause names the script and statement", e);
        }
    }
}
