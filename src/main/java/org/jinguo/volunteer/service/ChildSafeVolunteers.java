package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.volunteer.model.Volunteer;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The volunteers who may work with a child: active, and checked and cleared for it (a tutor of the children's care
 * project, 爱心家教). Read past the caller's scope, because a children's caseworker reads no volunteer records; it gives
 * names and units only, and its callers check their own permission on the child's case first.
 */
@Stateless
@SystemScoped
public class ChildSafeVolunteers {

    @PersistenceContext
    EntityManager em;

    /** A volunteer who may tutor a child. */
    public record Tutor(long volunteerId, String name, String unitName) implements Serializable {
    }

    /** Those of the street or town of the unit at {@code unitPath} (its own and its communities'), by name. */
    public List<Tutor> near(String unitPath) {
        return em.createQuery("SELECT v FROM Volunteer v JOIN FETCH v.person WHERE v.status = :active"
                        + " AND v.childClearedOn IS NOT NULL AND v.unitPath LIKE :street ORDER BY v.person.name, v.id", Volunteer.class)
                .setParameter("active", VolunteerStatus.ACTIVE).setParameter("street", DataScope.streetOf(unitPath) + "%")
                .setMaxResults(200).getResultList().stream().map(ChildSafeVolunteers::tutor).toList();
    }

    /** The volunteer, if she is active and cleared for work with children. */
    public Optional<Tutor> cleared(long volunteerId) {
        Volunteer v = em.find(Volunteer.class, volunteerId);
        return v == null || v.getStatus() != VolunteerStatus.ACTIVE || v.getChildClearedOn() == null
                ? Optional.empty() : Optional.of(tutor(v));
    }

    /** The name of a volunteer, cleared or no longer (a tutoring's record keeps who tutored). */
    public String name(long volunteerId) {
        Volunteer v = em.find(Volunteer.class, volunteerId);
        return v == null ? "" : v.getPerson().getName();
    }

    private static Tutor tutor(Volunteer v) {
        return new Tutor(v.getId(), v.getPerson().getName(), v.getUnit().getName());
    }
}
