package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The schema Flyway made at deployment, on whichever database the suite runs (H2 or MySQL; MySqlSchemaIT adds MySQL's own checks). */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Test
    void everyMigrationRanSuccessfully() {
        MigrationInfoService info = DatabaseMigration.flyway(dataSource, DatabaseMigration.Database.of(dataSource)).info();
        assertTrue(info.applied().length >= 1);
        assertEquals(0, info.pending().length, "nothing left to migrate");
        for (MigrationInfo migration : info.applied()) {
            assertEquals(MigrationState.SUCCESS, migration.getState(), migration::getScript);
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
