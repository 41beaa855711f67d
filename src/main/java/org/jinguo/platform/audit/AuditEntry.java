package org.jinguo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
public class AuditEntry {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action")
    private AuditAction action;

    @Column(name = "actor")
    private String actor;

    @Column(name = "actor_unit_id")
    private Long actorUnitId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "unit_path")
    private String unitPath;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "detail")
    private String detail;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Long getActorUnitId() {
        return actorUnitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
