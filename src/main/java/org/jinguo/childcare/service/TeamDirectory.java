package org.jinguo.childcare.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;

/**
 * The users a case's team is made of, read past the caller's scope: a counsellor's account usually belongs to the
 * district (her institution serves every street), above the street's supervisor. It reads names and the users who
 * may join a case at a unit, nothing else; callers check their own permission on the case first.
 */
@Stateless
@SystemScoped
public class TeamDirectory {

    @PersistenceContext
    EntityManager em;

    /** A user who may be put on a team. */
    public record Member(long userId, String displayName, String unitName) implements Serializable {
    }

    /** The display names of these users. */
    public Map<Long, String> names(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.id IN :ids", UserAccount.class)
                .setParameter("ids", userIds).getResultList().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /**
     * The enabled users who may be on a team of a case at {@code casePath} as {@code role}: caseworkers and
     * counsellors whose unit is the case's or above it (so that the case is within their reach).
     */
    public List<Member> candidates(String casePath, TeamRole role) {
        Role needed = role == TeamRole.CASEWORKER ? Role.CASEWORKER : Role.COUNSELLOR;
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN FETCH u.unit JOIN u.roles r WHERE r = :role"
                        + " AND u.enabled = TRUE AND u.unitPath IN :above ORDER BY u.displayName", UserAccount.class)
                .setParameter("role", needed).setParameter("above", org.jinguo.platform.scope.DataScope.pathsAbove(casePath)).getResultList().stream()
                .map(u -> new Member(u.getId(), u.getDisplayName(), u.getUnit().getName()))
                .toList();
    }

    /** Whether the user may be on a team of a case at {@code casePath} as {@code role}. */
    public boolean mayJoin(long userId, String casePath, TeamRole role) {
        return candidates(casePath, role).stream().anyMatch(m -> m.userId() == userId);
    }
}
