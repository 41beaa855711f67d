package org.jinguo.admin.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.audit.AuditArchive;
import org.jinguo.platform.audit.AuditColumns;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.ops.JobClaim;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * The audit trail as an auditor reads it: the entries about her unit and the units below it (an
 * auditor of the district also sees failed sign-ins with unknown names), newest first, filtered and
 * paged in the database. Read only: there is no method that changes an entry.
 */
@Stateless
@ScopedToCaller
public class AuditService {


    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    JobClaim claims;

    @Inject
    Settings settings;

    public List<AuditRow> entries(@NotNull @Valid AuditFilter filter, int first, int max) {
        Caller caller = auditor();
        return rows(conditions(caller, filter).list(em, "SELECT e FROM " + entity(filter) + " e", " ORDER BY e.id DESC",
                AuditColumns.class, first, max));
    }

    /** The live trail, or its archive (entries older than the retention period). */
    private static String entity(AuditFilter filter) {
        return filter.isArchive() ? "ArchivedAuditEntry" : "AuditEntry";
    }

    private List<AuditRow> rows(List<AuditColumns> entries) {
        Map<Long, String> unitNames = unitNames(entries);
        return entries.stream()
                .map(e -> new AuditRow(e.getId(), e.getOccurredAt(), e.getAction(), e.getActor(),
                        e.getUnitId() == null ? null : unitNames.get(e.getUnitId()), e.getRecordType(),
                        e.getRecordId(), e.getClientAddress(), e.getDetail()))
                .toList();
    }

    /**
     * Up to {@code max} entries older than entry {@code beforeId} (all when {@code null}), newest first:
     * for exports, which walk the trail page by page without being shifted by entries written meanwhile.
     */
    public List<AuditRow> entriesBefore(@NotNull @Valid AuditFilter filter, Long beforeId, int max) {
        Caller caller = auditor();
        return rows(conditions(caller, filter)
                .addIf(beforeId != null, "e.id < :before", "before", () -> beforeId)
                .list(em, "SELECT e FROM " + entity(filter) + " e", " ORDER BY e.id DESC", AuditColumns.class, 0, max));
    }

    public long count(@NotNull @Valid AuditFilter filter) {
        return conditions(auditor(), filter).count(em, "SELECT COUNT(e) FROM " + entity(filter) + " e");
    }

    /**
     * How long entries stay in the live trail, and the last nightly archiving: when it ended and how many entries it
     * moved ({@code null} before the first).
     */
    public Retention retention() {
        auditor();
        Object[] last = claims.lastRun(AuditArchive.JOB);
        return new Retention(settings.auditRetentionMonths(), last == null ? null : instant(last[0]),
                last == null || last[1] == null ? null : Long.valueOf(last[1].toString()));
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        return value instanceof java.time.Instant instant ? instant : null;
    }

    /** What the audit page says of retention. */
    public record Retention(int months, java.time.Instant lastArchived, Long lastMoved) implements java.io.Serializable {
    }

    /** The record types that occur in the trail, for the filter's choices. */
    public List<String> recordTypes() {
        auditor();
        return em.createQuery("SELECT DISTINCT e.recordType FROM AuditEntry e WHERE e.recordType IS NOT NULL "
                + "ORDER BY e.recordType", String.class).getResultList();
    }

    /** The auditor's scope and her filter. Paths hold only digits and slashes: nothing to escape for LIKE. */
    private Conditions conditions(Caller caller, AuditFilter filter) {
        boolean districtAuditor = caller.unitPath().chars().filter(c -> c == '/').count() == 2;
        return new Conditions()
                .add(districtAuditor ? "(e.unitPath LIKE :scope OR e.unitPath IS NULL)" : "e.unitPath LIKE :scope",
                        "scope", caller.unitPath() + "%")
                .addIf(Like.given(filter.getActor()), "e.actor = :actor", "actor", () -> filter.getActor().trim())
                .addIf(filter.getUnitId() != null, "e.unitPath LIKE :unit", "unit",
                        () -> Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath() + "%")
                .addIf(Like.given(filter.getRecordType()), "e.recordType = :recordType", "recordType",
                        () -> filter.getRecordType().trim())
                .addIf(filter.getRecordId() != null, "e.recordId = :recordId", "recordId", filter::getRecordId)
                .addIf(filter.getAction() != null, "e.action = :action", "action", filter::getAction)
                .addIf(filter.getFrom() != null, "e.occurredAt >= :from", "from",
                        () -> filter.getFrom().atStartOfDay(Beijing.ZONE).toInstant())
                .addIf(filter.getTo() != null, "e.occurredAt < :to", "to",
                        () -> filter.getTo().plusDays(1).atStartOfDay(Beijing.ZONE).toInstant());
    }

    private Map<Long, String> unitNames(List<AuditColumns> entries) {
        List<Long> ids = entries.stream().map(AuditColumns::getUnitId).filter(id -> id != null).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT u.id, u.name FROM OrgUnit u WHERE u.id IN :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private Caller auditor() {
        return currentCaller.require(Permission.AUDIT_VIEW);
    }
}
