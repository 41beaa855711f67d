package org.jinguo.platform.audit;

import java.time.Instant;
import java.util.Objects;

/** One entry as it is written. {@code unitPath} is the path of the unit the entry concerns. */
public record AuditRecord(Instant occurredAt, AuditAction action, AuditActor actor, String unitPath,
                          String recordType, Long recordId, String detail) {

    public static final int DETAIL_LENGTH = 4000;

    public AuditRecord {
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(action);
        actor = actor == null ? AuditActor.SYSTEM : actor;
        detail = detail == null || detail.isEmpty() ? null : truncate(detail, DETAIL_LENGTH);
    }

    /** The id of the unit at the end of a materialised path such as {@code /1/12/130/}. */
    public Long unitId() {
        if (unitPath == null || unitPath.length() < 3) {
            return null;
        }
        String trimmed = unitPath.substring(0, unitPath.length() - 1);
        return Long.valueOf(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
