package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.unit.model.OrgUnit;

/**
 * The unit above a unit, which its own staff cannot see (the unit tree is scoped downward): an order passed up by a
 * transfer needs it. Reads that one unit only; the caller's permission on the order is checked before.
 */
@Stateless
@SystemScoped
public class ParentUnits {

    @PersistenceContext
    EntityManager em;

    /** The parent of the unit, or null for the root. */
    public OrgUnit parentOf(long unitId) {
        OrgUnit unit = em.createQuery("SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent WHERE u.id = :id", OrgUnit.class)
                .setParameter("id", unitId).getSingleResult();
        return unit.getParent();
    }

    /** The path of the unit above the one at {@code path} ({@code /1/12/130/} → {@code /1/12/}), or null for the root. */
    public static String parentPath(String path) {
        int end = path.lastIndexOf('/', path.length() - 2);
        return end <= 0 ? null : path.substring(0, end + 1);
    }
}
