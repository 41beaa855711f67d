package org.jinguo.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** The columns of an audit entry, the same in the live trail ({@link AuditEntry}) and its archive ({@link ArchivedAuditEntry}). */
@MappedSuperclass
public abstract class AuditColumns {

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
