package org.jinguo.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An audit entry as the audit page reads it. Read-only for EclipseLink: the persistence unit never
 * inserts, updates or deletes one (entries are inserted by {@link AuditWriter} only), and the class has
 * no setters. Not cached across transactions, so nothing done to a loaded object can outlive it.
 */
@Entity
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
@Table(name = "audit_entry")
public class AuditEntry extends AuditColumns {

    protected AuditEntry() {
    }
}
