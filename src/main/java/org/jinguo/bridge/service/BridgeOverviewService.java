package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The Bridge's figures for a unit (and below) and a period of submission (巾帼桥概览): needs by line and item, orders
 * by status, how long accepting and completing took, satisfaction, and the providers who served most. A handful of
 * grouped queries; the times are worked out from two columns per accepted or completed order.
 */
@Stateless
@ScopedToCaller
public class BridgeOverviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One line's figures. */
    public record LineFigures(ServiceLine line, long needs, long completed, long rejected, long open, Double rating)
            implements Serializable {
    }

    public record Count(String name, String nameEn, long count) implements Serializable {

        public String name(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
        }
    }

    public record TopProvider(long id, String name, long completed, Double rating) implements Serializable {
    }

    public record Overview(String unitName, LocalDate from, LocalDate to, long needs, long completed, long open,
                           long overdue, Double hoursToAccept, Double daysToComplete, Double rating, long rated,
                           int satisfiedPercent, List<LineFigures> lines, Map<OrderStatus, Long> statuses,
                           List<Count> items, List<TopProvider> providers) implements Serializable {

        public long maxLine() {
            return lines.stream().mapToLong(LineFigures::needs).max().orElse(0);
        }

        public long maxItem() {
            return items.stream().mapToLong(Count::count).max().orElse(0);
        }

        public long maxStatus() {
            return statuses.values().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        public List<OrderStatus> statusList() {
            return new ArrayList<>(statuses.keySet());
        }
    }

    public Overview overview(Long unitId, @NotNull LocalDate from, @NotNull LocalDate to) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        if (to.isBefore(from)) {
            throw new BusinessRuleException("overview.period", "to");
        }
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId == null ? caller.unitId() : unitId);
        String path = unit.getPath() + "%";
        Instant start = from.atStartOfDay(Beijing.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Beijing.ZONE).toInstant();
        String within = " o.unitPath LIKE :path AND o.submittedAt >= :start AND o.submittedAt < :end";

        Map<ServiceLine, long[]> perLine = new EnumMap<>(ServiceLine.class);
        Map<ServiceLine, Double> lineRating = new EnumMap<>(ServiceLine.class);
        Map<OrderStatus, Long> statuses = new LinkedHashMap<>();
        for (OrderStatus status : OrderStatus.values()) {
            statuses.put(status, 0L);
        }
        for (Object[] r : em.createQuery("SELECT o.line, o.status, COUNT(o), AVG(o.rating) FROM BridgeOrder o WHERE" + within
                        + " GROUP BY o.line, o.status", Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end).getResultList()) {
            ServiceLine line = (ServiceLine) r[0];
            OrderStatus status = (OrderStatus) r[1];
            long count = ((Number) r[2]).longValue();
            long[] f = perLine.computeIfAbsent(line, k -> new long[4]);
            f[0] += count;
            if (status == OrderStatus.COMPLETED) {
                f[1] += count;
                if (r[3] != null) {
                    lineRating.put(line, ((Number) r[3]).doubleValue());
                }
            } else if (status == OrderStatus.REJECTED) {
                f[2] += count;
            } else if (!status.isFinal()) {
                f[3] += count;
            }
            statuses.merge(status, count, Long::sum);
        }
        List<LineFigures> lines = new ArrayList<>();
        for (ServiceLine line : ServiceLine.values()) {
            long[] f = perLine.getOrDefault(line, new long[4]);
            lines.add(new LineFigures(line, f[0], f[1], f[2], f[3], round(lineRating.get(line))));
        }
        long needs = lines.stream().mapToLong(LineFigures::needs).sum();
        long completed = lines.stream().mapToLong(LineFigures::completed).sum();
        long open = lines.stream().mapToLong(LineFigures::open).sum();

        LocalDate today = Beijing.today();
        long overdue = em.createQuery("SELECT COUNT(o) FROM BridgeOrder o WHERE" + within
                        + " AND ((o.status = org.jinguo.bridge.model.OrderStatus.SUBMITTED AND o.acceptDue < :today)"
                        + " OR (o.status IN (org.jinguo.bridge.model.OrderStatus.ACCEPTED, org.jinguo.bridge.model.OrderStatus.PUBLISHED)"
                        + " AND o.dispatchDue < :today))", Long.class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end)
                .setParameter("today", today).getSingleResult();

        double acceptHours = 0;
        int accepted = 0;
        for (Object[] r : em.createQuery("SELECT o.submittedAt, o.acceptedAt FROM BridgeOrder o WHERE" + within
                        + " AND o.acceptedAt IS NOT NULL", Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end).getResultList()) {
            acceptHours += Duration.between((Instant) r[0], (Instant) r[1]).toMinutes() / 60.0;
            accepted++;
        }
        double completeDays = 0;
        int done = 0;
        for (Object[] r : em.createQuery("SELECT o.submittedAt, o.doneOn FROM BridgeOrder o WHERE" + within
                        + " AND o.doneOn IS NOT NULL", Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end).getResultList()) {
            LocalDate submitted = ((Instant) r[0]).atZone(Beijing.ZONE).toLocalDate();
            completeDays += Math.max(0, ((LocalDate) r[1]).toEpochDay() - submitted.toEpochDay());
            done++;
        }
        Object[] ratings = em.createQuery("SELECT AVG(o.rating), COUNT(o.rating), SUM(CASE WHEN o.rating >= 4 THEN 1 ELSE 0 END) "
                        + "FROM BridgeOrder o WHERE" + within + " AND o.rating IS NOT NULL", Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end).getSingleResult();
        long rated = ratings[1] == null ? 0 : ((Number) ratings[1]).longValue();
        int satisfied = rated == 0 || ratings[2] == null ? 0 : (int) Math.round(((Number) ratings[2]).longValue() * 100.0 / rated);

        List<Count> items = em.createQuery("SELECT COALESCE(i.nameZh, o.otherItem), i.nameEn, COUNT(o) FROM BridgeOrder o "
                        + "LEFT JOIN o.item i WHERE" + within + " GROUP BY i.id, i.nameZh, i.nameEn, o.otherItem ORDER BY COUNT(o) DESC",
                        Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end)
                .setMaxResults(10).getResultList().stream()
                .map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        List<TopProvider> providers = em.createQuery("SELECT p.id, p.name, COUNT(o), AVG(o.rating) FROM BridgeOrder o JOIN o.provider p "
                        + "WHERE" + within + " AND o.status = org.jinguo.bridge.model.OrderStatus.COMPLETED "
                        + "GROUP BY p.id, p.name ORDER BY COUNT(o) DESC, p.name", Object[].class)
                .setParameter("path", path).setParameter("start", start).setParameter("end", end)
                .setMaxResults(10).getResultList().stream()
                .map(r -> new TopProvider((Long) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? null : round(((Number) r[3]).doubleValue()))).toList();
        return new Overview(unit.getName(), from, to, needs, completed, open, overdue,
                accepted == 0 ? null : round(acceptHours / accepted), done == 0 ? null : round(completeDays / done),
                ratings[0] == null ? null : round(((Number) ratings[0]).doubleValue()), rated, satisfied, lines, statuses, items,
                providers);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
