package org.jinguo.organisation.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.jinguo.platform.config.Beijing;

/** Whether a person holds an office in a unit's term running today: who may be on duty or keep contacts there. */
final class CurrentOffice {

    private CurrentOffice() {
    }

    static boolean holds(EntityManager em, long personId, long unitId) {
        LocalDate today = Beijing.today();
        return !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.person.id = :person AND h.unit.id = :unit "
                        + "AND h.term.startsOn <= :today AND h.term.endsOn >= :today", Long.class)
                .setParameter("person", personId).setParameter("unit", unitId).setParameter("today", today)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
