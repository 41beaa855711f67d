package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only a MySQL database must show, checked only in the suite that runs on MySQL or MariaDB
 * ({@code mvn verify -Pmysql}; the tag {@value #TAG} is left out of the H2 suite): that the suite really runs on
 * MySQL, and that every table stores text as utf8mb4 (names with rare characters, emoji). Each can fail there.
 */
@Tag(MySqlSchemaIT.TAG)
@ExtendWith(ArquillianExtension.class)
class MySqlSchemaIT {

    static final String TAG = "mysql";

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @Test
    void theSuiteRunsOnMySql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertEquals(DatabaseMigration.Database.MYSQL,
                    DatabaseMigration.Database.of(c.getMetaData().getDatabaseProductName()));
        }
    }

    @Test
    void everyTableUsesUtf8mb4() throws Exception {
        List<String> notUtf8mb4 = new ArrayList<>();
        int tables = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT table_name, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            while (rs.next()) {
                tables++;
                if (!rs.getString(2).startsWith("utf8mb4")) {
                    notUtf8mb4.add(rs.getString(1) + "=" + rs.getString(2));
                }
            }
        }
        assertEquals(List.of(), notUtf8mb4);
        assertEquals(true, tables > 20, "the schema's tables were read: " + tables);
    }
}
