package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;

/**
 * The legal line's reads past the caller's scope, names and ids only: the legal-rights officers who could read a
 * consultation at a unit (enabled accounts with the role whose unit is that unit or above it, so the record is within
 * their reach), the names of the courts and lawyers holding sessions (often a unit's above the reader's), and the
 * providers a desk account acts for. The callers have checked what the caller may do.
 */
@Stateless
@SystemScoped
public class LegalOfficers {

    @PersistenceContext
    EntityManager em;

    public record Officer(long userId, String name, String unitName) implements Serializable {
    }

    public List<Officer> reaching(String unitPath) {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN FETCH u.unit JOIN u.roles r WHERE r = :role"
                        + " AND u.enabled = TRUE AND u.unitPath IN :above ORDER BY u.displayName", UserAccount.class)
                .setParameter("role", Role.LEGAL_OFFICER).setParameter("above", DataScope.pathsAbove(unitPath)).getResultList()
                .stream().map(u -> new Officer(u.getId(), u.getDisplayName(), u.getUnit().getName())).toList();
    }

    /** The names of these providers, by id: a session's court or lawyer may be a unit's above the reader's. */
    public java.util.Map<Long, String> providerNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, p.name FROM Provider p WHERE p.id IN :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** The ids of the providers a desk account acts for (a court's, a law firm's). */
    public List<Long> providersOf(long userId) {
        return em.createQuery("SELECT u.providerId FROM UserAccount u WHERE u.id = :user AND u.providerId IS NOT NULL", Long.class)
                .setParameter("user", userId).getResultList();
    }
}
