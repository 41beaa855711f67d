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
import java.util.List;

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

    /**
     * Hours were approved: their minutes count from now on, in the approving transaction. The months' rows are made
     * first, all of them, before this transaction locks any row of the table: a row made in a transaction of its own
     * next to one this transaction has locked would wait for this transaction, which waits for it (InnoDB).
     */
    public void approved(List<Approved> approved) {
        approved.stream().map(a -> List.of(a.unitId(), (long) a.servedOn().getYear(), (long) a.servedOn().getMonthValue()))
                .distinct().forEach(key -> {
                    if (em.createNativeQuery("SELECT 1 FROM hours_month WHERE unit_id = ? AND served_year = ? "
                                    + "AND served_month = ?")
                            .setParameter(1, key.get(0)).setParameter(2, key.get(1).intValue())
                            .setParameter(3, key.get(2).intValue()).getResultList().isEmpty()) {
                        try {
                            context.getBusinessObject(HoursTally.class).createRow(key.get(0), key.get(1).intValue(),
                                    key.get(2).intValue());
                        } catch (EJBException e) {
                            // another approval made the row meanwhile: it is there to add to
                        }
                    }
                });
        for (Approved a : approved) {
            if (add(a.unitId(), a.servedOn(), a.minutes()) == 0) {
                throw new IllegalStateException("hours_month has no row for unit " + a.unitId() + " " + a.servedOn());
            }
        }
    }

    private int add(long unitId, LocalDate servedOn, int minutes) {
        return em.createNativeQuery("UPDATE hours_month SET minutes = minutes + ?, records = records + 1 "
                        + "WHERE unit_id = ? AND served_year = ? AND served_month = ?")
                .setParameter(1, minutes).setParameter(2, unitId).setParameter(3, servedOn.getYear())
                .setParameter(4, servedOn.getMonthValue())
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

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
