package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.KeysFirst;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.Activity;
import org.jinguo.volunteer.model.HoursSource;
import org.jinguo.volunteer.model.HoursStatus;
import org.jinguo.volunteer.model.ServiceHours;
import org.jinguo.volunteer.model.Volunteer;

/**
 * Service hours of the caller's unit and below: the approval queue, reports made for a volunteer, totals per
 * volunteer, team or unit over a period, the year by month, and the certificate of service.
 */
@Stateless
@ScopedToCaller
public class HoursService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecentFigures recent;

    @Inject
    HoursTally tally;

    /** What totals are counted by. Labels: {@code hoursBy.<NAME>}. */
    public enum TotalsBy { VOLUNTEER, TEAM, UNIT }

    /** The hours list's filter: unit (and below), status, part of the volunteer's name, days served (each optional). */
    public record HoursFilter(Long unitId, HoursStatus status, String name, LocalDate from, LocalDate to)
            implements Serializable {

        public HoursFilter(Long unitId, HoursStatus status, String name) {
            this(unitId, status, name, null, null);
        }

        public String describe() {
            return "unit=" + unitId + " status=" + status + " name=" + (name == null ? "" : name.strip())
                    + (from == null ? "" : " from=" + from) + (to == null ? "" : " to=" + to);
        }
    }

    /** The sum of {@link #totals}' rows: approved minutes and records of the unit's subtree in the period. */
    public record Sum(long minutes, long records) implements Serializable {

        Sum plus(Sum other) {
            return new Sum(minutes + other.minutes, records + other.records);
        }
    }

    /** One hours record. */
    public record HoursRow(long id, long volunteerId, String volunteerName, String unitName, String activityTitle,
                           LocalDate servedOn, int minutes, HoursSource source, String description, HoursStatus status,
                           String decidedBy, String declineReason) implements Serializable {
    }

    /** Approved minutes of one volunteer, team or unit, and how many records they come from. */
    public record TotalRow(long id, String name, long minutes, long records) implements Serializable {
    }

    public List<HoursRow> list(@NotNull HoursFilter filter, int first, int max) {
        viewer();
        // the page's ids from the queue index alone, then those records with what they show (KeysFirst)
        TypedQuery<Long> ids = conditions(filter, null).pageQuery(em, "SELECT h.id FROM ServiceHours h",
                " ORDER BY h.servedOn DESC, h.id DESC", Long.class, first, max);
        return KeysFirst.page(ids, this::withDetails, ServiceHours::getId).stream().map(HoursService::row).toList();
    }

    private List<ServiceHours> withDetails(List<Long> ids) {
        return em.createQuery("SELECT h FROM ServiceHours h JOIN FETCH h.volunteer JOIN FETCH h.unit "
                        + "LEFT JOIN FETCH h.activity WHERE h.id IN :ids", ServiceHours.class)
                .setHint(QueryHints.FETCH, "h.volunteer.person") // a nested JOIN FETCH in JPQL loaded them row by row
                .setParameter("ids", ids).getResultList();
    }

    /** For exports: the next records after {@code afterId} in the order they were entered (see PersonService.exportPage). */
    public List<HoursRow> exportPage(@NotNull HoursFilter filter, long afterId, int max) {
        viewer();
        TypedQuery<Long> ids = conditions(filter, afterId).pageQuery(em, "SELECT h.id FROM ServiceHours h", " ORDER BY h.id",
                Long.class, 0, max);
        return KeysFirst.page(ids, this::withDetails, ServiceHours::getId).stream().map(HoursService::row).toList();
    }

    public long count(@NotNull HoursFilter filter) {
        viewer();
        return conditions(filter, null).count(em, "SELECT COUNT(h) FROM ServiceHours h");
    }

    /** Approves pending hours, or declines them with a reason. */
    public void decide(long hoursId, boolean approve, @Size(max = 200, message = "{jinguo.size.max}") String reason) {
        Caller caller = viewer();
        ServiceHours hours = Scoped.byId(em, ServiceHours.class, hoursId);
        caller.require(Permission.RECORD_EDIT, hours.getUnitPath());
        hours.decide(approve, reason, caller.displayName(), Instant.now());
        tally.approved(approved(List.of(hours)));
        em.flush();
    }

    /** The approved ones among decided hours, as the monthly table counts them. */
    private static List<HoursTally.Approved> approved(List<ServiceHours> decided) {
        return decided.stream().filter(h -> h.getStatus() == HoursStatus.APPROVED)
                .map(h -> new HoursTally.Approved(h.getUnit().getId(), h.getServedOn(), h.getMinutes())).toList();
    }

    /**
     * Approves, or declines with one reason, several pending records at once (the queue's selected rows): all or
     * none. A record no longer pending (someone else decided it meanwhile) stops the whole batch with a message.
     */
    public int decideAll(@NotNull @Size(min = 1, max = 100, message = "{jinguo.size.max}") List<Long> hoursIds,
                         boolean approve, @Size(max = 200, message = "{jinguo.size.max}") String reason) {
        Caller caller = viewer();
        Instant now = Instant.now();
        List<ServiceHours> decided = new ArrayList<>();
        for (Long id : hoursIds) {
            ServiceHours hours = Scoped.byId(em, ServiceHours.class, id);
            caller.require(Permission.RECORD_EDIT, hours.getUnitPath());
            hours.decide(approve, reason, caller.displayName(), now);
            decided.add(hours);
        }
        tally.approved(approved(decided));
        em.flush();
        return hoursIds.size();
    }

    /** Records hours reported for a volunteer (by phone, on paper), pending approval like any other. */
    public long report(long volunteerId, Long activityId, @NotNull LocalDate servedOn, int minutes,
                       @Size(max = 200, message = "{jinguo.size.max}") String description) {
        Caller caller = viewer();
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        Activity activity = activityId == null ? null : Scoped.byId(em, Activity.class, activityId);
        caller.require(Permission.RECORD_EDIT, activity == null ? volunteer.getUnitPath() : activity.getUnitPath());
        return Reports.report(em, volunteer, activity, servedOn, minutes, description).getId();
    }

    /** Approved minutes by volunteer, team or unit, most first, served from and to the given days. */
    public List<TotalRow> totals(long unitId, @NotNull TotalsBy by, @NotNull LocalDate from, @NotNull LocalDate to,
                                 int first, int max) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        String key = switch (by) {
            case VOLUNTEER -> "h.volunteer.id, h.volunteer.person.name";
            case TEAM -> "h.team.id, h.team.name";
            case UNIT -> "h.unit.id, h.unit.name";
        };
        return em.createQuery("SELECT " + key + ", SUM(h.minutes), COUNT(h) FROM ServiceHours h "
                        + "WHERE h.unitPath LIKE :path AND h.status = :approved AND h.servedOn BETWEEN :from AND :to "
                        + (by == TotalsBy.TEAM ? "AND h.team IS NOT NULL " : "")
                        + "GROUP BY " + key + " ORDER BY SUM(h.minutes) DESC, " + key.substring(0, key.indexOf(',')),
                        Object[].class)
                .setParameter("path", unit.getPath() + "%").setParameter("approved", HoursStatus.APPROVED)
                .setParameter("from", from).setParameter("to", to)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList().stream()
                .map(r -> new TotalRow((Long) r[0], (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()))
                .toList();
    }

    /** How many volunteers, teams or units {@link #totals} lists. */
    public long countTotals(long unitId, @NotNull TotalsBy by, @NotNull LocalDate from, @NotNull LocalDate to) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        String key = switch (by) {
            case VOLUNTEER -> "h.volunteer.id";
            case TEAM -> "h.team.id";
            case UNIT -> "h.unit.id";
        };
        return em.createQuery("SELECT COUNT(DISTINCT " + key + ") FROM ServiceHours h WHERE h.unitPath LIKE :path "
                        + "AND h.status = :approved AND h.servedOn BETWEEN :from AND :to"
                        + (by == TotalsBy.TEAM ? " AND h.team IS NOT NULL" : ""), Long.class)
                .setParameter("path", unit.getPath() + "%").setParameter("approved", HoursStatus.APPROVED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** What all rows of {@link #totals} add up to (by team: the records of a team only, as the rows count them). */
    public Sum sumTotals(long unitId, @NotNull TotalsBy by, @NotNull LocalDate from, @NotNull LocalDate to) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        if (by == TotalsBy.TEAM) { // the monthly table knows no teams
            return sumRecords(unit, by, from, to);
        }
        // whole months from the monthly table (HoursTally), the days of a month the period cuts from the records:
        // a district's year summed from its records read 200 000 rows (165 ms on MariaDB) on each cockpit
        HoursTally.Split split = HoursTally.Split.of(from, to).orElse(null);
        if (split == null) {
            return sumRecords(unit, by, from, to);
        }
        long[] months = tally.sum(unit.getPath(), split.firstMonth(), split.lastMonth());
        Sum sum = new Sum(months[0], months[1]);
        if (split.headEnd() != null) {
            sum = sum.plus(sumRecords(unit, by, from, split.headEnd()));
        }
        if (split.tailStart() != null) {
            sum = sum.plus(sumRecords(unit, by, split.tailStart(), to));
        }
        return sum;
    }

    private Sum sumRecords(OrgUnit unit, TotalsBy by, LocalDate from, LocalDate to) {
        Object[] sum = em.createQuery("SELECT SUM(h.minutes), COUNT(h) FROM ServiceHours h WHERE h.unitPath LIKE :path "
                        + "AND h.status = :approved AND h.servedOn BETWEEN :from AND :to"
                        + (by == TotalsBy.TEAM ? " AND h.team IS NOT NULL" : ""), Object[].class)
                .setParameter("path", unit.getPath() + "%").setParameter("approved", HoursStatus.APPROVED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Sum(sum[0] == null ? 0 : ((Number) sum[0]).longValue(), sum[1] == null ? 0 : ((Number) sum[1]).longValue());
    }

    /** The unit's approved hours of {@code year} by month, split by the units directly below it. */
    public MonthlyHours monthly(long unitId, int year) {
        viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId); // the caller's right to the unit, checked every time
        return recent.get("monthly-hours:" + unit.getId() + ":" + year, () -> computeMonthly(unit, year));
    }

    /** At most a minute old ({@link RecentFigures}): the same for everyone allowed to see the unit. */
    private MonthlyHours computeMonthly(OrgUnit unit, int year) {
        Map<String, String> children = new LinkedHashMap<>();
        em.createQuery("SELECT u.path, u.name FROM OrgUnit u WHERE u.parent.id = :id ORDER BY u.nameKey, u.name", Object[].class)
                .setParameter("id", unit.getId()).getResultList()
                .forEach(r -> children.put((String) r[0], (String) r[1]));
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        tally.byUnitAndMonth(unit.getPath(), year).forEach(r -> {
            String path = (String) r[0];
            String name = children.entrySet().stream().filter(c -> path.startsWith(c.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(unit.getName());
            byUnit.computeIfAbsent(name, k -> new long[12])[((Number) r[1]).intValue() - 1] += ((Number) r[2]).longValue();
        });
        return new MonthlyHours(year, new ArrayList<>(byUnit.keySet()), new ArrayList<>(byUnit.values()));
    }

    /** Her certificate of service over the approved hours the caller can see. */
    public byte[] certificate(long volunteerId) {
        viewer();
        Volunteer volunteer = Scoped.byId(em, Volunteer.class, volunteerId);
        return Reports.certificate(em, volunteer);
    }

    static HoursRow row(ServiceHours h) {
        return new HoursRow(h.getId(), h.getVolunteer().getId(), h.getVolunteer().getPerson().getName(), h.getUnit().getName(),
                h.getActivity() == null ? null : h.getActivity().getTitle(), h.getServedOn(), h.getMinutes(), h.getSource(),
                h.getDescription(), h.getStatus(), h.getDecidedBy(), h.getDeclineReason());
    }

    /** The filter's conditions; {@code afterId} (an export's next page) when not {@code null}. */
    private Conditions conditions(HoursFilter filter, Long afterId) {
        String path = filter.unitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.unitId()).getPath();
        return new Conditions()
                .addIf(afterId != null, "h.id > :after", "after", () -> afterId)
                .addIf(path != null, "h.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(filter.status() != null, "h.status = :status", "status", filter::status)
                .addIf(filter.from() != null, "h.servedOn >= :from", "from", filter::from)
                .addIf(filter.to() != null, "h.servedOn <= :to", "to", filter::to)
                .addNameIf(filter.name(), "h.volunteer.person", "name");
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
