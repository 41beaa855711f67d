package org.jinguo.platform.sensitive;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Re-encrypts every stored value under a new key. An administrator sets the new key as {@code jinguo.crypto.key} and
 * the old one as {@code jinguo.crypto.previous-key} and restarts (docs/operations.md, "Rotating the key"); at start-up
 * this walks every column named {@code *_cipher} of every table (found in the database's own catalogue, so a
 * feature's new encrypted column is included without being listed here), decrypts what the old key encrypted,
 * encrypts it under the new one and recomputes the keyed search hash of its {@code *_hash} twin, 500 rows to a
 * transaction. Values already under the new key are left alone, so an interrupted rotation simply continues at the
 * next start; afterwards the old key can be removed.
 */
@Stateless
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
    private static final int BATCH = 500;

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    KeyCheck keyCheck;

    /** What a rotation did. */
    public record Result(int tables, long reencrypted, long undecryptable) {
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result rotate() {
        Result result;
        try (Connection connection = dataSource.getConnection()) {
            result = rotate(connection, cipher);
        } catch (SQLException e) {
            throw new IllegalStateException("The key rotation stopped; it continues at the next start", e);
        }
        keyCheck.rewrite();
        LOG.info(() -> "Key rotation: " + result.reencrypted() + " values in " + result.tables()
                + " tables now under the new key; " + result.undecryptable() + " decrypted by neither key."
                + " Remove jinguo.crypto.previous-key once a start says 0 values.");
        return result;
    }

    /** Re-encrypts, over {@code connection}, every value that {@code cipher}'s previous key encrypted. */
    static Result rotate(Connection connection, FieldCipher cipher) throws SQLException {
        long reencrypted = 0;
        long undecryptable = 0;
        Map<String, List<String>> tables = encryptedColumns(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                long[] done = rotate(connection, cipher, table.getKey(), table.getValue());
                reencrypted += done[0];
                undecryptable += done[1];
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Result(tables.size(), reencrypted, undecryptable);
    }

    /** Table → its {@code *_cipher} columns, from the catalogue. */
    static Map<String, List<String>> encryptedColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : null;
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ResultSet columns = meta.getColumns(connection.getCatalog(), schema, "%", "%")) {
            while (columns.next()) {
                String column = columns.getString("COLUMN_NAME");
                if (column.toLowerCase(Locale.ROOT).endsWith("_cipher")) {
                    tables.computeIfAbsent(columns.getString("TABLE_NAME"), t -> new ArrayList<>()).add(column);
                }
            }
        }
        return tables;
    }

    private static long[] rotate(Connection connection, FieldCipher cipher, String table, List<String> ciphers)
            throws SQLException {
        List<String> keys = primaryKey(connection, table);
        Map<String, String> hashOf = new LinkedHashMap<>();
        for (String column : ciphers) {
            String base = column.substring(0, column.length() - "_cipher".length());
            String twin = base + (column.endsWith("_CIPHER") ? "_HASH" : "_hash");
            if (hasColumn(connection, table, twin)) {
                hashOf.put(column, twin);
            }
        }
        String select = "SELECT " + String.join(", ", keys) + ", " + String.join(", ", ciphers) + " FROM " + table;
        String where = " WHERE " + String.join(" AND ", keys.stream().map(k -> k + " = ?").toList());
        long reencrypted = 0;
        long undecryptable = 0;
        int inBatch = 0;
        try (Statement reader = connection.createStatement(); ResultSet rows = reader.executeQuery(select)) {
            while (rows.next()) {
                Map<String, String> changes = new LinkedHashMap<>();
                for (int i = 0; i < ciphers.size(); i++) {
                    String stored = rows.getString(keys.size() + 1 + i);
                    if (stored == null || cipher.isCurrent(stored)) {
                        continue;
                    }
                    String plain = cipher.decryptOrNull(stored);
                    if (plain == null) {
                        undecryptable++;
                        continue;
                    }
                    changes.put(ciphers.get(i), cipher.encrypt(plain));
                    if (hashOf.containsKey(ciphers.get(i))) {
                        changes.put(hashOf.get(ciphers.get(i)), cipher.searchHash(plain));
                    }
                    reencrypted++;
                }
                if (changes.isEmpty()) {
                    continue;
                }
                try (PreparedStatement writer = connection.prepareStatement("UPDATE " + table + " SET "
                        + String.join(", ", changes.keySet().stream().map(c -> c + " = ?").toList()) + where)) {
                    int p = 1;
                    for (String value : changes.values()) {
                        writer.setString(p++, value);
                    }
                    for (int k = 0; k < keys.size(); k++) {
                        writer.setObject(p++, rows.getObject(k + 1));
                    }
                    writer.executeUpdate();
                }
                if (++inBatch == BATCH) {
                    connection.commit();
                    inBatch = 0;
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        return new long[] {reencrypted, undecryptable};
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : null;
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), schema, table)) {
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME"));
            }
        }
        if (keys.isEmpty()) {
            throw new SQLException("table " + table + " has encrypted columns but no primary key");
        }
        return keys;
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : null;
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), schema, table, column)) {
            return rs.next();
        }
    }
}
