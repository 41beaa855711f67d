package org.jinguo.admin.service;

import java.time.Instant;
import org.jinguo.platform.audit.AuditAction;

/** One audit entry as the audit page lists it, with the name of the unit it concerns. */
public record AuditRow(long id, Instant occurredAt, AuditAction action, String actor, String unitName,
                       String recordType, Long recordId, String clientAddress, String detail) {
}
