package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jinguo.testsupport.Deployments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema Flyway made at deployment, on whichever database the suite runs (H2 or MySQL). */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(SchemaIT.class);
    }

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Test
    void everyMigrationRanSuccessfully() {
        MigrationInfoService info = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info();
        assertTrue(info.applied().length >= 1);
        assertEquals(0, info.pending().length, "nothing left to migrate");
        for (MigrationInfo migration : info.applied()) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration::getScript);
        }
    }

    @Test
    void mysqlTablesUseUtf8mb4() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMigration.Database database = DatabaseMigration.Database.of(c.getMetaData().getDatabaseProductName());
            if (database != DatabaseMigration.Database.MYSQL) {
                assertEquals(DatabaseMigration.Database.H2, database);
                return;
            }
            List<String> notUtf8mb4 = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()")) {
                while (rs.next()) {
                    if (!rs.getString(2).startsWith("utf8mb4")) {
                        notUtf8mb4.add(rs.getString(1) + "=" + rs.getString(2));
                    }
                }
            }
            assertEquals(List.of(), notUtf8mb4);
        }
    }

    @Test
    void codeOutsideAnyScopeSeesNoUnits() {
        Long visible = em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
        assertEquals(0L, visible);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM org_unit")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the demo units exist");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
