package org.jinguo.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway when the application is deployed, before any bean that
 * uses JPA starts (they declare {@code @DependsOn("DatabaseMigration")}). EclipseLink never writes DDL.
 * <p>
 * In production the schema may belong to an owner account of its own ({@code jdbc/jinguo-owner}, set up by
 * server-config/configure.sh): then the migrations run as the owner, and the owner grants the application's
 * account (which may read and add everywhere) changing and deleting, table by table, on the business tables —
 * never on the audit trail or the migration history. The application's account can then neither change
 * nor delete an audit entry, nor alter, truncate or drop a table, nor touch the triggers.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    // Not named like the static method below: the container finds its start-up callback by name, and with
    // two methods of one name it sometimes called the static one (a deployment failing now and then).
    @PostConstruct
    void atDeployment() {
        DataSource owner = owner();
        if (owner == null) {
            migrate(dataSource);
            return;
        }
        migrate(owner);
        grantApplicationAccount(owner, dataSource);
    }

    static final String OWNER = "jdbc/jinguo-owner";

    private static volatile String schemaVersion;

    /** The schema version this deployment migrated to (readiness names it), {@code null} before. */
    public static String schemaVersion() {
        return schemaVersion;
    }

    /**
     * The schema owner's data source when the server has one ({@code jdbc/jinguo-owner}), else {@code null}: the
     * audit archive moves entries with it, since the application's own account may not delete an audit entry.
     */
    public static DataSource ownerDataSource() {
        return owner();
    }

    private static DataSource owner() {
        try {
            return (DataSource) new InitialContext().lookup(OWNER);
        } catch (NamingException e) {
            return null; // one account for everything: development, tests
        }
    }

    /** The owner gives the application's account exactly what it needs on each table of the schema. */
    static void grantApplicationAccount(DataSource owner, DataSource application) {
        try (Connection app = application.getConnection(); Connection own = owner.getConnection()) {
            if (Database.of(own.getMetaData().getDatabaseProductName()) != Database.MYSQL) {
                return;
            }
            String account;
            try (Statement s = app.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
                rs.next();
                String current = rs.getString(1);
                int at = current.lastIndexOf('@');
                account = quote(current.substring(0, at)) + "@" + quote(current.substring(at + 1));
            }
            List<String> tables = new ArrayList<>();
            try (Statement s = own.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement s = own.createStatement()) {
                for (String table : tables) {
                    if (changeable(table)) {
                        s.execute("GRANT UPDATE, DELETE ON `" + table.replace("`", "``") + "` TO " + account);
                    }
                }
            }
            LOG.info(() -> "Granted " + account + " its privileges on " + tables.size() + " tables");
        } catch (SQLException e) {
            throw new IllegalStateException("The schema owner could not grant the application's account its privileges", e);
        }
    }

    /** Whether the application's account may change and delete rows of {@code table} (it reads and adds anywhere). */
    static boolean changeable(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return !name.equals("audit_entry") && !name.equals("audit_archive") && !name.equals("flyway_schema_history");
    }

    private static String quote(String name) {
        return "'" + name.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Brings the schema behind {@code dataSource} up to date (also used by the benchmark's data generator). */
    public static MigrateResult migrate(DataSource dataSource) {
        Database database = Database.of(dataSource);
        MigrateResult result = flyway(dataSource, database).migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema of the " + database + " database at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        return result;
    }

    /** Flyway over the SQL migrations in db/migration and the Java ones, with {@code database}'s placeholders. */
    static Flyway flyway(DataSource dataSource, Database database) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(database.placeholders())
                .javaMigrations(new PersonNameGramsMigration())
                .load();
    }

    /** The two databases Jinguo runs on, and what differs between them in DDL. */
    enum Database {
        H2("", "TIMESTAMP(6)", "BIGINT GENERATED BY DEFAULT AS IDENTITY", "BLOB", ""),
        MYSQL("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci", "DATETIME(6)",
                "BIGINT NOT NULL AUTO_INCREMENT", "LONGBLOB", "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");

        private final String tableOptions;
        private final String instantType;
        private final String autoIdType;
        private final String blobType;
        /** A text column compared character for character: H2's are already; MySQL's compare case-insensitively. */
        private final String exactText;

        Database(String tableOptions, String instantType, String autoIdType, String blobType, String exactText) {
            this.tableOptions = tableOptions;
            this.instantType = instantType;
            this.blobType = blobType;
            this.exactText = exactText;
            this.autoIdType = autoIdType;
        }

        Map<String, String> placeholders() {
            return Map.of("table_options", tableOptions, "instant", instantType, "auto_id", autoIdType,
                    "blob", blobType, "exact_text", exactText);
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
