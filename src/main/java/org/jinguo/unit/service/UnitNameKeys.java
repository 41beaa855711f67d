package org.jinguo.unit.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jinguo.platform.i18n.Pinyin;

/**
 * Gives the units saved before their names had a pinyin key (migration V14) theirs, at start-up, so that every
 * list sorted in the database finds them in their place. Plain SQL: it is bookkeeping of the application, neither
 * a change a user made (nothing for the audit trail) nor limited to anyone's part of the tree.
 */
@Stateless
public class UnitNameKeys {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** Fills in every missing key; returns how many units got one. */
    public int fillMissing() {
        int filled = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> units = em.createNativeQuery("SELECT id, name FROM org_unit WHERE name_key IS NULL ORDER BY id")
                    .setMaxResults(BATCH).getResultList();
            for (Object[] unit : units) {
                em.createNativeQuery("UPDATE org_unit SET name_key = ?1 WHERE id = ?2")
                        .setParameter(1, Pinyin.key((String) unit[1])).setParameter(2, ((Number) unit[0]).longValue())
                        .executeUpdate();
            }
            filled += units.size();
            if (units.size() < BATCH) {
                return filled;
            }
        }
    }
}
