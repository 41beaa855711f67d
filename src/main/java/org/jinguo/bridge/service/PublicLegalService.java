package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jinguo.bridge.model.LegalBooking;
import org.jinguo.bridge.model.LegalSession;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.unit.model.OrgUnit;

/**
 * The public page where a woman books a legal consultation herself (预约法律咨询): the free slots of the coming
 * sessions, and her booking — her person record found by name and phone in her community, or new, as on the help page —
 * under the same lock as staff bookings. She gives a topic; nothing of what she will say is asked here.
 */
@Stateless
@SystemScoped
public class PublicLegalService {

    /** How far ahead the page offers slots. */
    static final int DAYS_AHEAD = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A free slot: its session, day, time, place and who advises. */
    public record FreeSlot(long sessionId, int slot, LocalDate heldOn, LocalTime startsAt, String place, String providerName)
            implements Serializable {

        /** The slot's value in the page's choice: {@code session:slot}. */
        public String key() {
            return sessionId + ":" + slot;
        }
    }

    public record Booked(LocalDate heldOn, LocalTime startsAt, String place) implements Serializable {
    }

    public List<FreeSlot> free() {
        LocalDate today = Beijing.today();
        LocalDateTime now = Beijing.now();
        List<LegalSession> sessions = em.createQuery("SELECT s FROM LegalSession s JOIN FETCH s.provider WHERE s.cancelled = FALSE "
                        + "AND s.heldOn BETWEEN :today AND :until ORDER BY s.heldOn, s.startsAt, s.id", LegalSession.class)
                .setParameter("today", today).setParameter("until", today.plusDays(DAYS_AHEAD)).setMaxResults(100).getResultList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        em.createQuery("SELECT b.session.id, b.slot FROM LegalBooking b WHERE b.session IN :s AND b.slotKey IS NOT NULL", Object[].class)
                .setParameter("s", sessions).getResultList().forEach(r -> taken.add(r[0] + ":" + r[1]));
        List<FreeSlot> free = new ArrayList<>();
        for (LegalSession s : sessions) {
            for (int n = 0; n < s.slots(); n++) {
                if (!taken.contains(s.getId() + ":" + n) && LocalDateTime.of(s.getHeldOn(), s.slotStart(n)).isAfter(now)) {
                    free.add(new FreeSlot(s.getId(), n, s.getHeldOn(), s.slotStart(n), s.getPlace(), s.getProvider().getName()));
                }
            }
        }
        return free;
    }

    public Booked book(@NotNull @Valid LegalBookingForm form) {
        AuditContext.bind(new AuditActor(PublicNeedService.ACTOR, null, currentCaller.clientAddress()));
        LegalSession session = em.find(LegalSession.class, form.getSessionId());
        if (session == null || session.getHeldOn().isAfter(Beijing.today().plusDays(DAYS_AHEAD))) {
            throw new BusinessRuleException("legal.slot.none", "slot");
        }
        OrgUnit community = PublicNeedService.community(em, form.getCommunityId());
        Person person = PublicNeedService.resident(em, community, form.getName(), form.getPhone());
        em.flush();
        LegalBooking booking = Slots.book(em, session, form.getSlot(), person, form.getTopic(), true);
        em.flush();
        return new Booked(session.getHeldOn(), session.slotStart(booking.getSlot()), session.getPlace());
    }
}
