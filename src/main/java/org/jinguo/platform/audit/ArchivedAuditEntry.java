package org.jinguo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An audit entry older than the retention period, moved unchanged (same id) into {@code audit_archive} by
 * {@link AuditArchive}; the auditor searches it like the live trail. Read-only like {@link AuditEntry}.
 */
@Entity
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
@Table(name = "audit_archive")
public class ArchivedAuditEntry extends AuditColumns {

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected ArchivedAuditEntry() {
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }
}
