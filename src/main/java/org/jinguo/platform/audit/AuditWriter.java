package org.jinguo.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Writes audit entries with plain JDBC on the application's data source. Inside a JTA transaction the
 * server hands out the transaction's own connection, so an entry commits or rolls back with the change
 * it records. This class is the only writer of {@code audit_entry}, and it only inserts.
 */
public final class AuditWriter {

    /** The data source of the persistence unit (see persistence.xml). */
    static final String DATA_SOURCE = "jdbc/jinguo";

    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, action, actor, actor_unit_id, "
            + "unit_id, unit_path, record_type, record_id, client_address, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditWriter() {
    }

    public static void write(AuditRecord entry) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setString(2, entry.action().name());
            insert.setString(3, AuditRecord.truncate(entry.actor().username(), 50));
            setLong(insert, 4, entry.actor().unitId());
            setLong(insert, 5, entry.unitId());
            insert.setString(6, entry.unitPath());
            insert.setString(7, entry.recordType());
            setLong(insert, 8, entry.recordId());
            insert.setString(9, entry.actor().address() == null ? null : AuditRecord.truncate(entry.actor().address(), 64));
            insert.setString(10, entry.detail());
            insert.executeUpdate();
        } catch (SQLException | NamingException e) {
            // An action that cannot be audited must not happen: failing here rolls the transaction back.
            throw new IllegalStateException("Could not write the audit entry " + entry.action(), e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Looked up once; the server's resource stays the same object for the application's lifetime. */
    private static volatile DataSource dataSource;

    private static DataSource dataSource() throws NamingException {
        if (dataSource == null) {
            dataSource = (DataSource) new InitialContext().lookup(DATA_SOURCE);
        }
        return dataSource;
    }
}
