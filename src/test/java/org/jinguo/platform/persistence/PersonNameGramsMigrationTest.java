package org.jinguo.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jinguo.platform.persistence.DatabaseMigration.Database;
import org.junit.jupiter.api.Test;

/** V29 gives the people already registered the name pieces that new people get from the entity. */
class PersonNameGramsMigrationTest {

    @Test
    void thePeopleRegisteredBeforeGetThePiecesOfTheirNames() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:grams" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        Flyway all = DatabaseMigration.flyway(dataSource, Database.H2);
        Flyway.configure().configuration(all.getConfiguration()).target("28").load().migrate();
        String rare = "李" + new String(Character.toChars(0x2A6A5)) + "华";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO org_unit (id, version, parent_id, path, name, unit_type, created_at, updated_at) "
                    + "VALUES (1, 0, NULL, '/1/', '江北区妇联', 'DISTRICT', NOW(), NOW())");
            for (String[] person : new String[][] {{"1", "王小红"}, {"2", rare}, {"3", "Anna Li"}}) {
                s.execute("INSERT INTO person (id, version, unit_id, unit_path, name, created_at, updated_at) VALUES ("
                        + person[0] + ", 0, 1, '/1/', '" + person[1] + "', NOW(), NOW())");
            }
        }

        all.migrate();

        assertEquals(NameGrams.of("王小红"), grams(dataSource, 1));
        assertEquals(NameGrams.of(rare), grams(dataSource, 2));
        assertEquals(5, grams(dataSource, 2).size(), "李, 𪚥, 华, 李𪚥 and 𪚥华: the rare character is one");
        assertEquals(NameGrams.of("Anna Li"), grams(dataSource, 3));
    }

    private static Set<String> grams(JdbcDataSource dataSource, long person) throws SQLException {
        Set<String> grams = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT gram FROM person_name_gram WHERE person_id = " + person)) {
            while (rows.next()) {
                grams.add(rows.getString(1));
            }
        }
        return grams;
    }
}
