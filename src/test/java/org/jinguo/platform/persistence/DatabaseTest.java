package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jinguo.platform.persistence.DatabaseMigration.Database;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void recognisesTheSupportedDatabases() {
        assertEquals(Database.H2, Database.of("H2"));
        assertEquals(Database.MYSQL, Database.of("MySQL"));
        assertEquals(Database.MYSQL, Database.of("MariaDB"));
        assertThrows(IllegalStateException.class, () -> Database.of("PostgreSQL"));
    }

    @Test
    void mysqlTablesAreUtf8mb4() {
        assertTrue(Database.MYSQL.placeholders().get("table_options").contains("utf8mb4"));
        assertEquals("", Database.H2.placeholders().get("table_options"));
    }
}
