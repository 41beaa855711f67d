package org.jinguo.incubation.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.incubation.model.Booking;
import org.jinguo.incubation.model.Room;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.Support;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * What the base gives its organisations: support records of every kind, rooms, desks and equipment
 * with bookings that never overlap, and the report for a period.
 */
@Stateless
@ScopedToCaller
public class SupportService {

    /** Bookings are made in whole quarters of an hour, between these times. */
    public static final LocalTime OPENS = LocalTime.of(7, 0);
    public static final LocalTime CLOSES = LocalTime.of(22, 0);

    /** The kinds of support that carry an amount (what was given or spent): funding (always), a paid training, matched resources. */
    private static final Set<SupportKind> WITH_AMOUNT = EnumSet.of(SupportKind.FUNDING, SupportKind.TRAINING,
            SupportKind.RESOURCE_MATCHING);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public record RoomRow(long id, String name, RoomKind kind, int capacity, String note, boolean active, String unitName)
            implements Serializable {
    }

    /** Totals of one kind of support in a period. */
    public record KindTotal(SupportKind kind, long count, BigDecimal amount) implements Serializable {
    }

    /** The base's figures for a period: organisations entering each stage, support by kind, residents now. */
    public record Report(LocalDate from, LocalDate to, Map<Stage, Long> entered, List<KindTotal> supports,
                         long residents, long fromTeams, long bookings) implements Serializable {
    }

    public long record(@NotNull @Valid SupportForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        SocialOrg org = Scoped.byId(em, SocialOrg.class, form.getOrgId());
        caller.require(Permission.RECORD_EDIT, org.getUnitPath());
        if (!WITH_AMOUNT.contains(form.getKind()) && form.getAmount() != null && form.getAmount().signum() > 0) {
            throw new BusinessRuleException("support.amount.notForKind", "amount");
        }
        if (form.getKind() == SupportKind.FUNDING && (form.getAmount() == null || form.getAmount().signum() <= 0)) {
            throw new BusinessRuleException("support.amount.required", "amount");
        }
        Support support = new Support(org, form.getKind(), form.getGivenOn(), form.getDescription().strip(),
                form.getAmount(), caller.username());
        em.persist(support);
        em.flush();
        return support.getId();
    }

    public List<SupportRow> supports(Long unitId, SupportKind kind, LocalDate from, LocalDate to, int first, int max) {
        viewer();
        return supportConditions(unitId, kind, from, to).list(em, "SELECT s FROM Support s JOIN FETCH s.org",
                        " ORDER BY s.givenOn DESC, s.id DESC", Support.class, first, max).stream().map(SupportService::supportRow).toList();
    }

    public long countSupports(Long unitId, SupportKind kind, LocalDate from, LocalDate to) {
        viewer();
        return supportConditions(unitId, kind, from, to).count(em, "SELECT COUNT(s) FROM Support s");
    }

    public List<RoomRow> rooms() {
        viewer();
        return em.createQuery("SELECT r FROM Room r JOIN FETCH r.unit ORDER BY r.active DESC, r.kind, r.name, r.id", Room.class)
                .getResultList().stream()
                .map(r -> new RoomRow(r.getId(), r.getName(), r.getKind(), r.getCapacity(), r.getNote(), r.isActive(),
                        r.getUnit().getName()))
                .toList();
    }

    /** Sets up a new room, desk or piece of equipment (no id), or retires / brings back one. */
    public long saveRoom(@NotNull @Valid RoomForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        if (form.getId() != null) {
            Room room = Scoped.byId(em, Room.class, form.getId());
            caller.require(Permission.RECORD_EDIT, room.getUnitPath());
            room.setActive(form.isActive());
            em.flush();
            return room.getId();
        }
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Room room = new Room(form.getName().strip(), form.getKind(), form.getCapacity(), blankToNull(form.getNote()));
        room.assignTo(unit);
        em.persist(room);
        em.flush();
        return room.getId();
    }

    /**
     * Books a room for a resident organisation. The room is locked while its day's bookings are checked,
     * so two bookings of the same time cannot both be made.
     */
    public long book(@NotNull @Valid BookingForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        Room room = Scoped.byId(em, Room.class, form.getRoomId());
        caller.require(Permission.RECORD_EDIT, room.getUnitPath());
        SocialOrg org = Scoped.byId(em, SocialOrg.class, form.getOrgId());
        if (!room.isActive()) {
            throw new BusinessRuleException("booking.roomRetired", "room", room.getName());
        }
        if (!Stage.RESIDENT.contains(org.getStage())) {
            throw new BusinessRuleException("booking.notResident", "org", org.getName());
        }
        LocalTime start = form.getStartsAt();
        LocalTime end = form.getEndsAt();
        if (!start.isBefore(end)) {
            throw new BusinessRuleException("booking.endsBeforeStart", "endsAt");
        }
        if (start.isBefore(OPENS) || end.isAfter(CLOSES)) {
            throw new BusinessRuleException("booking.openingHours", "startsAt", OPENS, CLOSES);
        }
        if (form.getOn().isBefore(Beijing.today())) {
            throw new BusinessRuleException("booking.past", "on");
        }
        em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        // the day's bookings are compared in Java: TIME parameters bind differently on H2 and MySQL
        Booking clash = em.createQuery("SELECT b FROM Booking b JOIN FETCH b.org WHERE b.room = :room "
                        + "AND b.bookedOn = :on AND b.cancelled = FALSE", Booking.class)
                .setParameter("room", room).setParameter("on", form.getOn()).getResultList().stream()
                .filter(b -> b.overlaps(form.getOn(), start, end)).findFirst().orElse(null);
        if (clash != null) {
            throw new BusinessRuleException("booking.overlap", "startsAt", room.getName(), clash.getOrg().getName(),
                    clash.getStartsAt(), clash.getEndsAt());
        }
        Booking booking = new Booking(room, org, form.getOn(), start, end, form.getPurpose().strip(), caller.username());
        em.persist(booking);
        em.flush();
        return booking.getId();
    }

    public void cancelBooking(long id) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        Booking booking = Scoped.byId(em, Booking.class, id);
        caller.require(Permission.RECORD_EDIT, booking.getUnitPath());
        booking.cancel();
        em.flush();
    }

    public List<BookingRow> bookings(Long roomId, LocalDate from, LocalDate to, int first, int max) {
        viewer();
        return bookingConditions(roomId, from, to).list(em, "SELECT b FROM Booking b JOIN FETCH b.room JOIN FETCH b.org",
                        " ORDER BY b.bookedOn, b.startsAt, b.id", Booking.class, first, max).stream().map(SupportService::bookingRow).toList();
    }

    public long countBookings(Long roomId, LocalDate from, LocalDate to) {
        viewer();
        return bookingConditions(roomId, from, to).count(em, "SELECT COUNT(b) FROM Booking b");
    }

    /** The base's report for [{@code from}, {@code to}] over the organisations of {@code unitId} and below (or all the caller sees). */
    public Report report(Long unitId, @NotNull LocalDate from, @NotNull LocalDate to) {
        viewer();
        if (to.isBefore(from)) {
            throw new BusinessRuleException("report.period.invalid", "to");
        }
        String path = unitId == null ? "/" : Scoped.byId(em, OrgUnit.class, unitId).getPath();
        Map<Stage, Long> entered = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            entered.put(stage, 0L);
        }
        em.createQuery("SELECT s.toStage, COUNT(DISTINCT s.org.id) FROM IncubationStep s WHERE s.unitPath LIKE :path "
                        + "AND s.happenedOn BETWEEN :from AND :to GROUP BY s.toStage", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> entered.put((Stage) r[0], (Long) r[1]));
        Map<SupportKind, Object[]> kinds = new EnumMap<>(SupportKind.class);
        em.createQuery("SELECT s.kind, COUNT(s), SUM(s.amount) FROM Support s WHERE s.unitPath LIKE :path "
                        + "AND s.givenOn BETWEEN :from AND :to GROUP BY s.kind", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> kinds.put((SupportKind) r[0], r));
        long bookings = em.createQuery("SELECT COUNT(b) FROM Booking b WHERE b.org.unitPath LIKE :path "
                        + "AND b.cancelled = FALSE AND b.bookedOn BETWEEN :from AND :to", Long.class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getSingleResult();
        List<KindTotal> supports = java.util.Arrays.stream(SupportKind.values()).map(kind -> {
            Object[] r = kinds.get(kind);
            long count = (r == null ? 0 : (Long) r[1]) + (kind == SupportKind.SPACE ? bookings : 0);
            BigDecimal amount = r == null || r[2] == null ? BigDecimal.ZERO : new BigDecimal(r[2].toString());
            return new KindTotal(kind, count, amount);
        }).toList();
        long residents = em.createQuery("SELECT COUNT(o) FROM SocialOrg o WHERE o.unitPath LIKE :path AND o.stage IN :resident",
                        Long.class).setParameter("path", path + "%").setParameter("resident", Stage.RESIDENT).getSingleResult();
        long fromTeams = em.createQuery("SELECT COUNT(DISTINCT s.org.id) FROM IncubationStep s WHERE s.unitPath LIKE :path "
                        + "AND s.toStage = :graduated AND s.happenedOn BETWEEN :from AND :to AND s.org.originTeam IS NOT NULL",
                        Long.class).setParameter("path", path + "%").setParameter("graduated", Stage.GRADUATED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new Report(from, to, entered, supports, residents, fromTeams, bookings);
    }

    private Conditions supportConditions(Long unitId, SupportKind kind, LocalDate from, LocalDate to) {
        String path = unitId == null ? null : Scoped.byId(em, OrgUnit.class, unitId).getPath();
        return new Conditions()
                .addIf(path != null, "s.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(kind != null, "s.kind = :kind", "kind", () -> kind)
                .addIf(from != null, "s.givenOn >= :from", "from", () -> from)
                .addIf(to != null, "s.givenOn <= :to", "to", () -> to);
    }

    private static Conditions bookingConditions(Long roomId, LocalDate from, LocalDate to) {
        return new Conditions()
                .addIf(roomId != null, "b.room.id = :room", "room", () -> roomId)
                .addIf(from != null, "b.bookedOn >= :from", "from", () -> from)
                .addIf(to != null, "b.bookedOn <= :to", "to", () -> to);
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }

    public record SupportRow(long id, long orgId, String orgName, SupportKind kind, LocalDate givenOn, String description,
                             BigDecimal amount, String recordedBy) implements Serializable {
    }

    public record BookingRow(long id, long roomId, String roomName, long orgId, String orgName, LocalDate on,
                             LocalTime startsAt, LocalTime endsAt, String purpose, boolean cancelled, String recordedBy)
            implements Serializable {
    }

    static SupportRow supportRow(Support s) {
        return new SupportRow(s.getId(), s.getOrg().getId(), s.getOrg().getName(), s.getKind(), s.getGivenOn(),
                s.getDescription(), s.getAmount(), s.getRecordedBy());
    }

    static BookingRow bookingRow(Booking b) {
        return new BookingRow(b.getId(), b.getRoom().getId(), b.getRoom().getName(), b.getOrg().getId(),
                b.getOrg().getName(), b.getBookedOn(), b.getStartsAt(), b.getEndsAt(), b.getPurpose(), b.isCancelled(),
                b.getRecordedBy());
    }
}
