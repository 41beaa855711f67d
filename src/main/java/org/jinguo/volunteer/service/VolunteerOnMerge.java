package org.jinguo.volunteer.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jinguo.person.service.PersonMerge;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.volunteer.model.Volunteer;

/**
 * When two records of one person are merged, her volunteer record (with its hours and sign-ups) follows the
 * kept record. Refused when both are volunteers: two volunteer records cannot be merged here.
 */
@ApplicationScoped
public class VolunteerOnMerge {

    @PersistenceContext
    EntityManager em;

    void follow(@Observes @Priority(400) PersonMerge merge) {
        List<Volunteer> volunteers = em.createQuery("SELECT v FROM Volunteer v WHERE v.person.id IN :people", Volunteer.class)
                .setParameter("people", List.of(merge.keptId(), merge.duplicateId())).getResultList();
        if (volunteers.size() > 1) {
            throw new BusinessRuleException("person.merge.twoVolunteers", null, merge.duplicate().getName());
        }
        volunteers.forEach(volunteer -> volunteer.replace(merge.duplicate(), merge.kept()));
    }
}
