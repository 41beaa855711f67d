package org.jinguo.volunteer.service;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Approved volunteer minutes per unit and month ({@code hours_month}, V26), kept up to date as hours are approved,
 * so that the dashboards read a few rows per unit instead of summing a year of hour records per view (issue 23:
 * the district's volunteer dashboard summed about 230 000 records on each first view of a minute).
 *
 * <p>Only approval adds approved minutes (hours are recorded pending, and decided hours stay decided), so
 * {@link #approved} is the one writer. It adds to the month's row in the approving transaction: the row is locked
 * until that commits, and a rolled-back approval adds nothing. A month's first approval in a unit creates the row
 * (with nothing in it) in a transaction of its own, so that two servers creating it at once cannot fail each other's
 * approval; a row left empty by a rolled-back approval counts nothing.
 */
@Stateless
public class HoursTally {

    /** Recomputes the table from the hour records (the migration does the same; demo data and the benchmark call it). */
    public static final List<String> REBUILD = List.of("DELETE FROM hours_month",
            "INSERT INTO hours_month (unit_id, served_year, served_month, minutes, records) "
                    + "SELECT unit_id, EXTRACT(YEAR FROM served_on), EXTRACT(MONTH FROM served_on), SUM(minutes), COUNT(*) "
                    + "FROM service_hours WHERE status = 'APPROVED' "
                    + "GROUP BY unit_id, EXTRACT(YEAR FROM served_on), EXTRACT(MONTH FROM served_on)");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Approved hours: their unit, the day they were served and their minutes. */
    public record Approved(long unitId, LocalDate servedOn, int minutes) {
    }

    /** A unit's month: the key of a row of the table. */
    record Month(long unitId, int year, int month) {

        static final Comparator<Month> ORDER = Comparator.comparingLong(Month::unitId).thenComparingInt(Month::year)
                .thenComparingInt(Month::month);

        static Month of(Approved approved) {
            return new Month(approved.unitId(), approved.servedOn().getYear(), approved.servedOn().getMonthValue());
        }
    }

    /**
     * Hours were approved: their minutes count from now on, in the approving transaction, one update per unit and
     * month however many records the batch holds, in one order for every batch (two batches cannot each wait for a
     * row the other holds). The months' rows are made first, all of them, before this transaction locks any row of
     * the table: a row made in a transaction of its own next to one this transaction has locked would wait for this
     * transaction, which waits for it (InnoDB).
     */
    public void approved(List<Approved> approved) {
        Map<Month, int[]> added = new TreeMap<>(Month.ORDER);
        for (Approved a : approved) {
            int[] sums = added.computeIfAbsent(Month.of(a), month -> new int[2]);
            sums[0] += a.minutes();
            sums[1]++;
        }
        added.keySet().forEach(this::makeRow);
        added.forEach((month, sums) -> {
            if (add(month, sums[0], sums[1]) == 0) {
                throw new IllegalStateException("hours_month has no row for " + month);
            }
        });
    }

    private void makeRow(Month month) {
        boolean missing = em.createNativeQuery("SELECT 1 FROM hours_month WHERE unit_id = ? AND served_year = ? "
                        + "AND served_month = ?")
                .setParameter(1, month.unitId()).setParameter(2, month.year()).setParameter(3, month.month())
                .getResultList().isEmpty();
        if (missing) {
            try {
                context.getBusinessObject(HoursTally.class).createRow(month.unitId(), month.year(), month.month());
            } catch (EJBException e) {
                // another approval made the row meanwhile: it is there to add to
            }
        }
    }

    private int add(Month month, int minutes, int records) {
        return em.createNativeQuery("UPDATE hours_month SET minutes = minutes + ?, records = records + ? "
                        + "WHERE unit_id = ? AND served_year = ? AND served_month = ?")
                .setParameter(1, minutes).setParameter(2, records).setParameter(3, month.unitId())
                .setParameter(4, month.year()).setParameter(5, month.month())
                .executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createRow(long unitId, int year, int month) {
        em.createNativeQuery("INSERT INTO hours_month (unit_id, served_year, served_month, minutes, records) "
                        + "VALUES (?, ?, ?, 0, 0)")
                .setParameter(1, unitId).setParameter(2, year).setParameter(3, month)
                .executeUpdate();
    }

    /**
     * Approved minutes of {@code year} of every unit at or below the path prefix: rows of {unit path, minutes}. The
     * caller has checked the caller's right to the unit whose subtree this is.
     */
    public List<Object[]> byUnit(String subtree, int year) {
        return rows(em.createNativeQuery("SELECT u.path, SUM(m.minutes) FROM hours_month m JOIN org_unit u ON u.id = m.unit_id "
                        + "WHERE u.path LIKE ? AND m.served_year = ? GROUP BY u.path")
                .setParameter(1, subtree + "%").setParameter(2, year).getResultList());
    }

    /** As {@link #byUnit}, by month: rows of {unit path, month 1–12, minutes}. */
    public List<Object[]> byUnitAndMonth(String subtree, int year) {
        return rows(em.createNativeQuery("SELECT u.path, m.served_month, SUM(m.minutes) FROM hours_month m "
                        + "JOIN org_unit u ON u.id = m.unit_id WHERE u.path LIKE ? AND m.served_year = ? "
                        + "GROUP BY u.path, m.served_month")
                .setParameter(1, subtree + "%").setParameter(2, year).getResultList());
    }

    /**
     * Approved minutes and records of every unit at or below the path prefix, served in the months {@code first}
     * to {@code last}: {minutes, records}.
     */
    public long[] sum(String subtree, YearMonth first, YearMonth last) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT SUM(m.minutes), SUM(m.records) FROM hours_month m "
                        + "JOIN org_unit u ON u.id = m.unit_id WHERE u.path LIKE ? AND m.served_year BETWEEN ? AND ? "
                        + "AND m.served_year * 100 + m.served_month BETWEEN ? AND ?")
                .setParameter(1, subtree + "%").setParameter(2, first.getYear()).setParameter(3, last.getYear())
                .setParameter(4, first.getYear() * 100 + first.getMonthValue())
                .setParameter(5, last.getYear() * 100 + last.getMonthValue())
                .getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /**
     * A period as the monthly table sees it: its whole months ({@code firstMonth} to {@code lastMonth}), and the days
     * it cuts off a month at its start (from the period's first day to {@code headEnd}) and at its end (from
     * {@code tailStart} to the period's last day), which only the records can sum; null where there are none.
     */
    public record Split(YearMonth firstMonth, YearMonth lastMonth, LocalDate headEnd, LocalDate tailStart) {

        /** Empty when the period holds no whole month. */
        public static Optional<Split> of(LocalDate from, LocalDate to) {
            LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate afterWhole = to.getDayOfMonth() == to.lengthOfMonth() ? to.plusDays(1) : to.withDayOfMonth(1);
            if (!firstWhole.isBefore(afterWhole)) {
                return Optional.empty();
            }
            return Optional.of(new Split(YearMonth.from(firstWhole), YearMonth.from(afterWhole.minusDays(1)),
                    from.isBefore(firstWhole) ? firstWhole.minusDays(1) : null, afterWhole.isAfter(to) ? null : afterWhole));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
