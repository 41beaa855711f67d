package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.SessionStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * The project's figures for a unit's subtree, counted in the database: children followed by category, risk and stage,
 * sessions planned and held this month, plans waiting for approval, tasks overdue, and for a period the children
 * served, sessions and hours delivered, visits and tutoring hours. Counts only: never a file, a pseudonym or an identity, so the district sees
 * them without opening a case.
 */
@Stateless
@ScopedToCaller
public class ChildFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** The figures of a subtree. */
    public record Figures(String unitName, long followed, Map<ChildCategory, Long> byCategory, Map<RiskLevel, Long> byRisk,
                          Map<CaseStatus, Long> byStatus, long plansAwaiting, long overdue, long plannedThisMonth,
                          long heldThisMonth, LocalDate from, LocalDate to, long childrenServed, long sessionsHeld,
                          long minutesHeld, long visits, long tutoringMinutes) implements Serializable {

        public long hoursHeld() {
            return Math.round(minutesHeld / 60.0);
        }

        public long tutoringHours() {
            return Math.round(tutoringMinutes / 60.0);
        }

    }

    public Figures of(long unitId, LocalDate from, LocalDate to) {
        Caller caller = currentCaller.require(Permission.CHILD_FIGURES);
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        caller.require(Permission.CHILD_FIGURES, unit.getPath());
        String path = unit.getPath() + "%";
        Map<ChildCategory, Long> byCategory = new EnumMap<>(ChildCategory.class);
        Map<RiskLevel, Long> byRisk = new EnumMap<>(RiskLevel.class);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        long followed = 0;
        for (Object[] r : em.createQuery("SELECT c.category, c.risk, c.status, COUNT(c) FROM ChildCase c WHERE c.unitPath LIKE :p"
                + " GROUP BY c.category, c.risk, c.status", Object[].class).setParameter("p", path).getResultList()) {
            long n = ((Number) r[3]).longValue();
            byStatus.merge((CaseStatus) r[2], n, Long::sum);
            if (r[2] != CaseStatus.CLOSED) {
                followed += n;
                byCategory.merge((ChildCategory) r[0], n, Long::sum);
                if (r[1] != null) {
                    byRisk.merge((RiskLevel) r[1], n, Long::sum);
                }
            }
        }
        LocalDate today = Beijing.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        long overdue = em.createQuery("SELECT COUNT(c) FROM ChildCase c WHERE c.unitPath LIKE :p AND ("
                        + "(c.status = :registered AND c.assessmentDue < :today) OR (c.status IN :working AND c.reviewDue < :today)"
                        + " OR (c.status = :closed AND c.followupDue < :today))", Long.class)
                .setParameter("p", path).setParameter("registered", CaseStatus.REGISTERED)
                .setParameter("working", CaseStatus.IN_SERVICE)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("today", today).getSingleResult();
        long plannedThisMonth = sessions(path, monthStart, monthEnd, null);
        long heldThisMonth = sessions(path, monthStart, monthEnd, SessionStatus.ATTENDED);
        Object[] period = em.createQuery("SELECT COUNT(DISTINCT s.caseId), COUNT(s), COALESCE(SUM(s.minutes), 0)"
                        + " FROM CounsellingSession s WHERE s.unitPath LIKE :p AND s.status = :held AND s.heldOn BETWEEN :from AND :to",
                        Object[].class).setParameter("p", path).setParameter("held", SessionStatus.ATTENDED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long visits = em.createQuery("SELECT COUNT(v) FROM CaseVisit v WHERE v.unitPath LIKE :p AND v.visitedOn BETWEEN :from AND :to",
                Long.class).setParameter("p", path).setParameter("from", from).setParameter("to", to).getSingleResult();
        long tutoring = ((Number) em.createQuery("SELECT COALESCE(SUM(s.minutes), 0) FROM TutoringSession s WHERE s.unitPath LIKE :p"
                + " AND s.heldOn BETWEEN :from AND :to").setParameter("p", path).setParameter("from", from).setParameter("to", to)
                .getSingleResult()).longValue();
        return new Figures(unit.getName(), followed, byCategory, byRisk, byStatus,
                byStatus.getOrDefault(CaseStatus.PLAN_SUBMITTED, 0L), overdue, plannedThisMonth, heldThisMonth, from, to,
                ((Number) period[0]).longValue(), ((Number) period[1]).longValue(), ((Number) period[2]).longValue(), visits,
                tutoring);
    }

    /** Sessions of the subtree in a span: all but the cancelled ({@code status} null), or of one status. */
    private long sessions(String path, LocalDate from, LocalDate to, SessionStatus status) {
        return em.createQuery("SELECT COUNT(s) FROM CounsellingSession s WHERE s.unitPath LIKE :p AND s.heldOn BETWEEN :from AND :to"
                        + (status == null ? " AND s.status <> :cancelled" : " AND s.status = :status"), Long.class)
                .setParameter("p", path).setParameter("from", from).setParameter("to", to)
                .setParameter(status == null ? "cancelled" : "status", status == null ? SessionStatus.CANCELLED : status)
                .getSingleResult();
    }
}
