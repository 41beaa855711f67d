package org.jinguo.organisation.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jinguo.organisation.model.CouncilMeeting;
import org.jinguo.organisation.model.DutyShift;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.ResidentContact;
import org.jinguo.person.model.Person;
import org.jinguo.person.service.PersonMerge;
import org.jinguo.platform.errors.BusinessRuleException;

/**
 * When two records of one person are merged, the federation network moves what it links to the duplicate:
 * her offices (where both sat in one term, the kept one's office stays), the council meetings she attended,
 * her duty shifts and her resident contacts. Refused while the duplicate holds an office the caller cannot
 * see (another unit's), which she could not see being changed.
 */
@ApplicationScoped
public class OfficeLinksOnMerge {

    @PersistenceContext
    EntityManager em;

    void moveLinks(@Observes @Priority(100) PersonMerge merge) {
        Person kept = merge.kept();
        Person duplicate = merge.duplicate();
        List<OfficeHolder> offices = em.createQuery("SELECT h FROM OfficeHolder h WHERE h.person.id = :person",
                        OfficeHolder.class)
                .setParameter("person", duplicate.getId()).getResultList();
        Number allOffices = (Number) em.createNativeQuery("SELECT COUNT(*) FROM office_holder WHERE person_id = ?1")
                .setParameter(1, duplicate.getId()).getSingleResult();
        if (allOffices.longValue() != offices.size()) {
            throw new BusinessRuleException("person.merge.linkedElsewhere", null, duplicate.getName());
        }
        for (OfficeHolder office : offices) {
            boolean keptSitsThere = !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.term.id = :term "
                            + "AND h.person.id = :kept", Long.class)
                    .setParameter("term", office.getTerm().getId()).setParameter("kept", kept.getId())
                    .getResultList().isEmpty();
            if (keptSitsThere) {
                em.remove(office);
            } else {
                office.passTo(kept);
            }
        }
        em.createQuery("SELECT m FROM CouncilMeeting m JOIN m.attendees a WHERE a.id = :person", CouncilMeeting.class)
                .setParameter("person", duplicate.getId()).getResultList()
                .forEach(meeting -> meeting.replaceAttendee(duplicate, kept));
        em.createQuery("SELECT s FROM DutyShift s WHERE s.person.id = :person", DutyShift.class)
                .setParameter("person", duplicate.getId()).getResultList()
                .forEach(shift -> shift.passTo(kept));
        em.createQuery("SELECT c FROM ResidentContact c WHERE c.member.id = :person OR c.resident.id = :person",
                        ResidentContact.class)
                .setParameter("person", duplicate.getId()).getResultList()
                .forEach(contact -> contact.replace(duplicate, kept));
    }
}
