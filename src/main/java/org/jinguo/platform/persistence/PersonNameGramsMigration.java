package org.jinguo.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V29: the name pieces ({@link NameGrams}) of the people registered before V28 created their table. In Java, not
 * SQL, so that names are split exactly as the application splits them: H2 counts a character outside the Basic
 * Multilingual Plane as two, MySQL as one, and {@code SUBSTRING} would disagree between them.
 */
final class PersonNameGramsMigration implements JavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("29");
    }

    @Override
    public String getDescription() {
        return "person name grams";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement people = connection.createStatement();
             ResultSet rows = people.executeQuery("SELECT id, name FROM person");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO person_name_gram (person_id, gram) VALUES (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                long id = rows.getLong(1);
                for (String gram : NameGrams.of(rows.getString(2))) {
                    insert.setLong(1, id);
                    insert.setString(2, gram);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
