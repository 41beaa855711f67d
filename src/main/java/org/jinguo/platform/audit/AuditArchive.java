package org.jinguo.platform.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.ops.JobClaim;
import org.jinguo.platform.persistence.DatabaseMigration;

/**
 * Keeps the live audit trail to the retention period ({@code jinguo.audit.retention-months}, at least 6): every
 * night older entries move, unchanged and with their ids, into {@code audit_archive}, where the auditor still
 * searches them. One server does it however many run (a {@link JobClaim} per day). Each batch copies and removes in
 * one database transaction, so an entry is always in exactly one of the two tables.
 *
 * <p>The application's own database account may not delete an audit entry; the move uses the schema owner's
 * account ({@code jdbc/jinguo-owner}) when the server has one, and the database's triggers
 * (server-config/audit-append-only.sql) let an entry go from the trail only once it is in the archive.
 */
@Stateless
public class AuditArchive {

    public static final String JOB = "audit-archive";
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditArchive.class.getName());
    private static final String COLUMNS = "id, occurred_at, action, actor, actor_unit_id, unit_id, unit_path, record_type,"
            + " record_id, client_address, detail";

    @Resource(lookup = "jdbc/jinguo")
    DataSource application;

    @Inject
    JobClaim claims;

    @Inject
    Settings settings;

    @Schedule(hour = "2", minute = "13", persistent = false, info = "audit: move entries past retention to the archive")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        String slot = LocalDate.now(Beijing.ZONE).toString();
        if (claims.claim(JOB, slot)) {
            int moved = archiveBefore(cutoff());
            claims.finished(JOB, slot, String.valueOf(moved));
        }
    }

    /** The moment before which entries leave the live trail: now less the retention period. */
    public Instant cutoff() {
        return LocalDate.now(Beijing.ZONE).minusMonths(settings.auditRetentionMonths()).atStartOfDay(Beijing.ZONE).toInstant();
    }

    /** Moves every entry that occurred before {@code cutoff} to the archive, in batches; returns how many moved. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int archiveBefore(Instant cutoff) {
        DataSource owner = DatabaseMigration.ownerDataSource();
        int moved = 0;
        try (Connection connection = (owner != null ? owner : application).getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (int batch; (batch = moveBatch(connection, Timestamp.from(cutoff))) > 0; ) {
                    moved += batch;
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit archive stopped after " + moved + " entries", e);
        }
        int total = moved;
        LOG.info(() -> "Audit archive: " + total + " entries from before " + cutoff + " moved to audit_archive");
        return moved;
    }

    private static int moveBatch(Connection connection, Timestamp cutoff) throws SQLException {
        long last;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM audit_entry WHERE occurred_at < ? ORDER BY id")) {
            select.setTimestamp(1, cutoff);
            select.setMaxRows(BATCH);
            try (ResultSet ids = select.executeQuery()) {
                last = -1;
                while (ids.next()) {
                    last = ids.getLong(1);
                }
            }
        }
        if (last < 0) {
            connection.commit();
            return 0;
        }
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO audit_archive (" + COLUMNS + ", archived_at)"
                + " SELECT " + COLUMNS + ", ? FROM audit_entry WHERE occurred_at < ? AND id <= ?");
             PreparedStatement remove = connection.prepareStatement(
                "DELETE FROM audit_entry WHERE occurred_at < ? AND id <= ?")) {
            copy.setTimestamp(1, Timestamp.from(Instant.now()));
            copy.setTimestamp(2, cutoff);
            copy.setLong(3, last);
            int copied = copy.executeUpdate();
            remove.setTimestamp(1, cutoff);
            remove.setLong(2, last);
            int removed = remove.executeUpdate();
            if (copied != removed) {
                connection.rollback();
                throw new SQLException("copied " + copied + " but removed " + removed + " audit entries: rolled back");
            }
            connection.commit();
            return copied;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
