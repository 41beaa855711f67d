package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.bridge.model.Position;
import org.jinguo.bridge.model.ReferralStatus;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;

/**
 * The district's job board: the positions of every unit, which a seeker's staff match her against and refer her
 * to, though the position was posted by another federation (a firm of 观音桥商圈 takes women of any street). Holds no
 * personal data; reads positions only, and counts a position's placements across every unit's referrals, locking the
 * position first, so that two placements cannot both take its last place. Callers have checked their permission.
 */
@Stateless
@SystemScoped
public class JobBoard {

    @PersistenceContext
    EntityManager em;

    /** The positions still taking women: not closed, open until today or later, not filled. */
    public List<Position> open() {
        LocalDate today = Beijing.today();
        List<Position> positions = em.createQuery("SELECT p FROM Position p JOIN FETCH p.employer LEFT JOIN FETCH p.street "
                + "WHERE p.closed = FALSE AND p.openUntil >= :today ORDER BY p.openUntil, p.id", Position.class)
                .setParameter("today", today).setMaxResults(500).getResultList();
        Map<Long, Long> placed = placed(positions.stream().map(Position::getId).toList());
        return positions.stream().filter(p -> placed.getOrDefault(p.getId(), 0L) < p.getHeadcount()).toList();
    }

    /** A page of the district's positions, newest closing date first; the open ones only when asked. */
    public List<Position> list(String text, boolean openOnly, int first, int max) {
        return conditions(text, openOnly).list(em, "SELECT p FROM Position p JOIN FETCH p.employer JOIN FETCH p.unit "
                + "LEFT JOIN FETCH p.street", " ORDER BY p.openUntil DESC, p.id DESC", Position.class, first, max);
    }

    public long count(String text, boolean openOnly) {
        return conditions(text, openOnly).count(em, "SELECT COUNT(p) FROM Position p");
    }

    private static org.jinguo.platform.persistence.Conditions conditions(String text, boolean openOnly) {
        return new org.jinguo.platform.persistence.Conditions()
                .addIf(org.jinguo.platform.persistence.Like.given(text), "(LOWER(p.title) LIKE :text"
                        + org.jinguo.platform.persistence.Like.ESCAPE + " OR LOWER(p.employer.name) LIKE :text"
                        + org.jinguo.platform.persistence.Like.ESCAPE + ")", "text",
                        () -> org.jinguo.platform.persistence.Like.containing(text))
                .addIf(openOnly, "p.closed = FALSE AND p.openUntil >= :today", "today", Beijing::today);
    }

    /** A position, open or not, by id. */
    public Position position(long id) {
        // its employer, unit and street are read here, past the caller's scope: a lazy read later would not find them
        return em.createQuery("SELECT p FROM Position p JOIN FETCH p.employer JOIN FETCH p.unit LEFT JOIN FETCH p.street "
                        + "WHERE p.id = :id", Position.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(RecordNotFoundException::new);
    }

    /** These positions with their employers, by id, whatever unit posted them: a seeker's referrals name them. */
    public Map<Long, Position> positions(java.util.Collection<Long> positionIds) {
        Map<Long, Position> positions = new HashMap<>();
        if (!positionIds.isEmpty()) {
            em.createQuery("SELECT p FROM Position p JOIN FETCH p.employer WHERE p.id IN :ids", Position.class)
                    .setParameter("ids", positionIds).getResultList().forEach(p -> positions.put(p.getId(), p));
        }
        return positions;
    }

    /** Women placed in each position, by its id. */
    public Map<Long, Long> placed(List<Long> positionIds) {
        Map<Long, Long> placed = new HashMap<>();
        if (!positionIds.isEmpty()) {
            em.createQuery("SELECT r.position.id, COUNT(r) FROM Referral r WHERE r.position.id IN :ids AND r.status = :placed "
                            + "GROUP BY r.position.id", Object[].class)
                    .setParameter("ids", positionIds).setParameter("placed", ReferralStatus.PLACED).getResultList()
                    .forEach(r -> placed.put((Long) r[0], (Long) r[1]));
        }
        return placed;
    }

    /** The courses each of these women completed (titles), wherever they were held: the training a seeker took. */
    public Map<Long, List<String>> training(List<Long> personIds) {
        Map<Long, List<String>> training = new HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("SELECT e.person.id, e.course.title FROM Enrolment e WHERE e.person.id IN :ids "
                            + "AND e.status = org.jinguo.bridge.model.EnrolmentStatus.COMPLETED ORDER BY e.id", Object[].class)
                    .setParameter("ids", personIds).getResultList()
                    .forEach(r -> training.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((String) r[1]));
        }
        return training;
    }

    /** A street or town of the district, where a position is. */
    public record Street(long id, String name) implements java.io.Serializable {
    }

    /** The streets and towns of the district, for a position's place. */
    public List<Street> streets() {
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.type IN :types ORDER BY u.nameKey, u.name",
                        org.jinguo.unit.model.OrgUnit.class)
                .setParameter("types", List.of(org.jinguo.unit.model.UnitType.STREET, org.jinguo.unit.model.UnitType.TOWN))
                .getResultList().stream().map(u -> new Street(u.getId(), u.getName())).toList();
    }

    /** The names of the units at these paths (the streets placements are counted by). */
    public Map<String, String> unitNames(java.util.Collection<String> paths) {
        Map<String, String> names = new HashMap<>();
        if (!paths.isEmpty()) {
            em.createQuery("SELECT u.path, u.name FROM OrgUnit u WHERE u.path IN :paths", Object[].class)
                    .setParameter("paths", paths).getResultList().forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    /** Locks the position and refuses when it is filled (or closed): nobody is placed past its headcount. */
    public void requireRoom(long positionId) {
        Position position = position(positionId);
        em.lock(position, LockModeType.PESSIMISTIC_WRITE);
        long placed = em.createQuery("SELECT r FROM Referral r WHERE r.position = :p AND r.status = :placed",
                        org.jinguo.bridge.model.Referral.class)
                .setParameter("p", position).setParameter("placed", ReferralStatus.PLACED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
        if (position.isClosed() || placed >= position.getHeadcount()) {
            throw new BusinessRuleException("position.filled", null, position.getTitle(), position.getHeadcount());
        }
    }
}
