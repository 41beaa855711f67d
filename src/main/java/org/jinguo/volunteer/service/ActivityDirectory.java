package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.volunteer.model.Activity;

/**
 * The activities of a street or town as other features name them (a child of the children's care project took part
 * in one): title, day, place. Read past the caller's scope, because a children's caseworker reads no volunteer
 * records; nothing about the volunteers or their sign-ups is read.
 */
@Stateless
@SystemScoped
public class ActivityDirectory {

    @PersistenceContext
    EntityManager em;

    /** An activity as other features show it. */
    public record ActivityRef(long id, String title, LocalDate heldOn, String place, String unitName) implements Serializable {
    }

    /** The activities of the street or town of the unit at {@code unitPath} held between {@code from} and {@code to}, latest first. */
    public List<ActivityRef> near(String unitPath, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM Activity a JOIN FETCH a.unit WHERE a.unitPath LIKE :street AND a.heldOn BETWEEN :from AND :to"
                        + " ORDER BY a.heldOn DESC, a.id DESC", Activity.class)
                .setParameter("street", DataScope.streetOf(unitPath) + "%").setParameter("from", from).setParameter("to", to)
                .setMaxResults(200).getResultList().stream().map(ActivityDirectory::ref).toList();
    }

    /** These activities, by id. */
    public List<ActivityRef> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Activity a JOIN FETCH a.unit WHERE a.id IN :ids ORDER BY a.heldOn DESC", Activity.class)
                .setParameter("ids", ids).getResultList().stream().map(ActivityDirectory::ref).toList();
    }

    private static ActivityRef ref(Activity a) {
        return new ActivityRef(a.getId(), a.getTitle(), a.getHeldOn(), a.getPlace(), a.getUnit().getName());
    }
}
