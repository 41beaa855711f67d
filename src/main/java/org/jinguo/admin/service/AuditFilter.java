package org.jinguo.admin.service;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.jinguo.platform.audit.AuditAction;

/** What the auditor looks for; every field is optional. Days are Beijing time, both ends included. */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 50, message = "{jinguo.size.max}")
    private String actor;
    private Long unitId;
    @Size(max = 50, message = "{jinguo.size.max}")
    private String recordType;
    private Long recordId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private boolean archive;

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** Whether to search the archive (entries older than the retention period) instead of the live trail. */
    public boolean isArchive() {
        return archive;
    }

    public void setArchive(boolean archive) {
        this.archive = archive;
    }

    /** The filter in words, for the audit entry of an export. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "actor", actor);
        append(text, "unit", unitId);
        append(text, "recordType", recordType);
        append(text, "recordId", recordId);
        append(text, "action", action);
        append(text, "from", from);
        append(text, "to", to);
        append(text, "archive", archive ? "yes" : null);
        return text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
