package org.jinguo.bridge.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jinguo.bridge.model.LegalBooking;
import org.jinguo.bridge.model.LegalSession;
import org.jinguo.bridge.model.LegalTopic;
import org.jinguo.person.model.Person;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * Booking a legal session's slot, for staff and for the woman herself alike: the session's row is locked, then the
 * slot's bookings are read with a locking read, so two people asking for the last free slot at once get it once; the
 * database's unique key on an active slot stands behind that.
 */
final class Slots {

    private Slots() {
    }

    static LegalBooking book(EntityManager em, LegalSession session, int slot, Person person, LegalTopic topic, boolean self) {
        if (session.isCancelled()) {
            throw new BusinessRuleException("legal.session.cancelled", null);
        }
        if (slot < 0 || slot >= session.slots()) {
            throw new BusinessRuleException("legal.slot.none", "slot");
        }
        if (!LocalDateTime.of(session.getHeldOn(), session.slotStart(slot)).isAfter(Beijing.now())) {
            throw new BusinessRuleException("legal.slot.past", "slot");
        }
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        boolean taken = !em.createQuery("SELECT b FROM LegalBooking b WHERE b.session = :s AND b.slot = :slot "
                        + "AND b.slotKey IS NOT NULL", LegalBooking.class)
                .setParameter("s", session).setParameter("slot", slot).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessRuleException("legal.slot.taken", "slot", session.slotStart(slot));
        }
        boolean twice = !em.createQuery("SELECT b.id FROM LegalBooking b WHERE b.session = :s AND b.person = :p "
                        + "AND b.slotKey IS NOT NULL", Long.class)
                .setParameter("s", session).setParameter("p", person).getResultList().isEmpty();
        if (twice) {
            throw new BusinessRuleException("legal.booking.already", null, person.getName());
        }
        LegalBooking booking = new LegalBooking(session, slot, person, topic, self, Instant.now());
        em.persist(booking);
        return booking;
    }
}
