package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.bridge.model.BookingStatus;
import org.jinguo.bridge.model.LegalBooking;
import org.jinguo.bridge.model.LegalSession;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.bridge.model.Provider;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * The legal-service sessions of the caller's unit and below (法律服务日): planning them (one, or a recurring plan such as
 * twice a month), the calendar, a session's slots with who booked them, booking a slot for a woman on the phone,
 * cancelling and marking a no-show. Who booked is shown to staff; what a booking is about is shown as "protected" for a
 * domestic-violence topic unless the reader keeps the legal records. The consultation itself is in
 * {@link ConsultationService}.
 */
@Stateless
@ScopedToCaller
public class LegalService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LegalOfficers officers;

    public record SessionRow(long id, String providerName, String place, LocalDate heldOn, LocalTime startsAt,
                             LocalTime endsAt, int slots, long booked, boolean cancelled, String unitName) implements Serializable {

        public long free() {
            return Math.max(0, slots - booked);
        }
    }

    /** A slot: free (no booking), or held by a woman; the topic null where the reader may not see it. */
    public record SlotRow(int slot, LocalTime startsAt, LocalTime endsAt, Long bookingId, String name, LegalTopic topic,
                          boolean protectedTopic, BookingStatus status, boolean self, boolean recorded) implements Serializable {

        public boolean free() {
            return bookingId == null;
        }
    }

    public record SessionView(SessionRow row, boolean editable, boolean records, boolean past, List<SlotRow> slots)
            implements Serializable {
    }

    /** Plans one session, or a recurring series sharing the first one's id; returns their ids. */
    public List<Long> plan(@NotNull @Valid LegalPlanForm form) {
        Caller caller = viewer();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Provider provider = Scoped.byId(em, Provider.class, form.getProviderId());
        if (!form.getEndsAt().isAfter(form.getStartsAt().plusMinutes(form.getSlotMinutes() - 1L))) {
            throw new BusinessRuleException("legal.session.tooShort", "endsAt");
        }
        if (form.getFirstOn().isBefore(Beijing.today())) {
            throw new BusinessRuleException("activity.inThePast", "firstOn");
        }
        Long series = null;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < form.getOccurrences(); i++) {
            LegalSession session = new LegalSession(provider, form.getPlace().strip(),
                    form.getFirstOn().plusWeeks((long) i * form.getEveryWeeks()), form.getStartsAt(), form.getEndsAt(),
                    form.getSlotMinutes());
            session.assignTo(unit);
            em.persist(session);
            if (form.getOccurrences() > 1) {
                series = series == null ? session.getId() : series;
                session.setSeriesId(series);
            }
            ids.add(session.getId());
        }
        em.flush();
        return ids;
    }

    public void cancel(long sessionId) {
        LegalSession session = editable(sessionId);
        session.setCancelled(true);
        em.createQuery("SELECT b FROM LegalBooking b WHERE b.session = :s AND b.slotKey IS NOT NULL", LegalBooking.class)
                .setParameter("s", session).getResultList().forEach(LegalBooking::cancel);
        em.flush();
    }

    /** The sessions between two days, at one place or all, for the calendar. */
    public List<SessionRow> calendar(@NotNull LocalDate from, @NotNull LocalDate to, String place) {
        viewer();
        jakarta.persistence.TypedQuery<LegalSession> sessions = em.createQuery("SELECT s FROM LegalSession s JOIN FETCH s.unit "
                        + "WHERE s.heldOn BETWEEN :from AND :to" + (place == null || place.isBlank() ? "" : " AND s.place = :place")
                        + " ORDER BY s.heldOn, s.startsAt, s.id", LegalSession.class)
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(1000);
        if (place != null && !place.isBlank()) {
            sessions.setParameter("place", place);
        }
        return rows(sessions.getResultList());
    }

    /** The places where sessions are held in the caller's reach. */
    public List<String> places() {
        viewer();
        return em.createQuery("SELECT DISTINCT s.place FROM LegalSession s ORDER BY s.place", String.class).getResultList();
    }

    public SessionView session(long id) {
        Caller caller = viewer();
        LegalSession s = Scoped.byId(em, LegalSession.class, id);
        boolean records = caller.can(Permission.LEGAL_RECORDS, s.getUnitPath());
        Map<Integer, LegalBooking> held = new HashMap<>();
        em.createQuery("SELECT b FROM LegalBooking b JOIN FETCH b.person WHERE b.session = :s AND b.slotKey IS NOT NULL",
                LegalBooking.class).setParameter("s", s).getResultList().forEach(b -> held.put(b.getSlot(), b));
        List<Long> recorded = held.isEmpty() ? List.of() : em.createQuery("SELECT c.booking.id FROM Consultation c "
                + "WHERE c.booking.id IN :ids", Long.class).setParameter("ids", held.values().stream().map(LegalBooking::getId).toList())
                .getResultList();
        List<SlotRow> slots = new ArrayList<>();
        for (int n = 0; n < s.slots(); n++) {
            LegalBooking b = held.get(n);
            LocalTime start = s.slotStart(n);
            if (b == null) {
                slots.add(new SlotRow(n, start, start.plusMinutes(s.getSlotMinutes()), null, null, null, false, null, false, false));
            } else {
                boolean hidden = b.getTopic() == LegalTopic.DOMESTIC_VIOLENCE && !records;
                slots.add(new SlotRow(n, start, start.plusMinutes(s.getSlotMinutes()), b.getId(), b.getPerson().getName(),
                        hidden ? null : b.getTopic(), hidden, b.getStatus(), b.isSelfBooked(), recorded.contains(b.getId())));
            }
        }
        return new SessionView(rows(List.of(s)).get(0), caller.can(Permission.RECORD_EDIT, s.getUnitPath()) && !s.isCancelled(),
                records, !s.getHeldOn().isAfter(Beijing.today()), slots);
    }

    /** Books a slot for a woman of the registry, on the phone. */
    public long book(long sessionId, int slot, long personId, @NotNull LegalTopic topic) {
        LegalSession session = editable(sessionId);
        Person person = Scoped.byId(em, Person.class, personId);
        LegalBooking booking = Slots.book(em, session, slot, person, topic, false);
        em.flush();
        return booking.getId();
    }

    public void cancelBooking(long bookingId) {
        LegalBooking booking = editableBooking(bookingId);
        if (booking.getStatus() != BookingStatus.BOOKED) {
            throw new BusinessRuleException("legal.booking.notOpen", null);
        }
        booking.cancel();
        em.flush();
    }

    /** She did not come: the slot stays hers in the record, the session is past. */
    public void noShow(long bookingId) {
        LegalBooking booking = editableBooking(bookingId);
        if (booking.getStatus() != BookingStatus.BOOKED || booking.getSession().getHeldOn().isAfter(Beijing.today())) {
            throw new BusinessRuleException("legal.booking.notOpen", null);
        }
        booking.setStatus(BookingStatus.NO_SHOW);
        em.flush();
    }

    private List<SessionRow> rows(List<LegalSession> sessions) {
        Map<Long, Long> booked = new HashMap<>();
        if (!sessions.isEmpty()) {
            em.createQuery("SELECT b.session.id, COUNT(b) FROM LegalBooking b WHERE b.session.id IN :ids AND b.slotKey IS NOT NULL "
                            + "GROUP BY b.session.id", Object[].class)
                    .setParameter("ids", sessions.stream().map(LegalSession::getId).toList()).getResultList()
                    .forEach(r -> booked.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, String> names = officers.providerNames(sessions.stream().map(LegalSession::getProviderId).distinct().toList());
        return sessions.stream().map(s -> new SessionRow(s.getId(), names.get(s.getProviderId()), s.getPlace(), s.getHeldOn(),
                s.getStartsAt(), s.getEndsAt(), s.slots(), booked.getOrDefault(s.getId(), 0L), s.isCancelled(),
                s.getUnit().getName())).toList();
    }

    private LegalSession editable(long sessionId) {
        Caller caller = viewer();
        LegalSession session = Scoped.byId(em, LegalSession.class, sessionId);
        caller.require(Permission.RECORD_EDIT, session.getUnitPath());
        return session;
    }

    private LegalBooking editableBooking(long bookingId) {
        Caller caller = viewer();
        LegalBooking booking = Scoped.byId(em, LegalBooking.class, bookingId);
        caller.require(Permission.RECORD_EDIT, booking.getUnitPath());
        return booking;
    }

    private Caller viewer() {
        return currentCaller.require(Permission.RECORD_VIEW);
    }
}
