package org.jinguo.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application is deployed, before any bean that
 * uses JPA starts (they declare {@code @DependsOn("DatabaseMigration")}). EclipseLink never writes DDL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Database database = Database.of(dataSource);
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(database.placeholders())
                .load()
                .migrate();
        LOG.info(() -> "Schema of the " + database + " database at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The two databases Jinguo runs on, and what differs between them in DDL. */
    enum Database {
        H2("", "TIMESTAMP(6)"),
        MYSQL("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci", "DATETIME(6)");

        private final String tableOptions;
        private final String instantType;

        Database(String tableOptions, String instantType) {
            this.tableOptions = tableOptions;
            this.instantType = instantType;
        }

        Map<String, String> placeholders() {
            return Map.of("table_options", tableOptions, "instant", instantType);
        }

        static Database of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                return of(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database behind jdbc/jinguo", e);
            }
        }

        static Database of(String productName) {
            String name = productName.toLowerCase(Locale.ROOT);
            if (name.contains("h2")) {
                return H2;
            }
            if (name.contains("mysql") || name.contains("mariadb")) {
                return MYSQL;
            }
            throw new IllegalStateException("Unsupported database: " + productName + " (use H2 or MySQL 8)");
        }
    }
}
