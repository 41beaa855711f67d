package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.organisation.model.Position;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/**
 * The organisation chart of a unit: the unit, the units below it and the units below those, each with the
 * chair of its current term. Here, not in the unit tree, because it reads the office holders.
 */
@Stateless
@ScopedToCaller
public class ChartService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public ChartNode chart(long unitId) {
        currentCaller.require(Permission.UNIT_VIEW);
        OrgUnit top = Scoped.byId(em, OrgUnit.class, unitId);
        int lowest = top.depth() + 2;
        List<OrgUnit> subtree = em.createQuery("SELECT u FROM OrgUnit u WHERE u.path LIKE :path ORDER BY u.name, u.id",
                        OrgUnit.class)
                .setParameter("path", top.getPath() + "%").getResultList().stream()
                .filter(u -> u.depth() <= lowest).toList();
        Map<Long, String> chairs = new HashMap<>();
        LocalDate today = Beijing.today();
        em.createQuery("SELECT h.unit.id, h.person.name FROM OfficeHolder h WHERE h.unitPath LIKE :path "
                        + "AND h.position = :chair AND h.term.startsOn <= :today AND h.term.endsOn >= :today", Object[].class)
                .setParameter("path", top.getPath() + "%")
                .setParameter("chair", Position.CHAIR)
                .setParameter("today", today)
                .getResultList().forEach(row -> chairs.put((Long) row[0], (String) row[1]));
        Map<Long, List<OrgUnit>> byParent = new HashMap<>();
        subtree.stream().filter(u -> u != top && u.getParent() != null)
                .forEach(u -> byParent.computeIfAbsent(u.getParent().getId(), k -> new ArrayList<>()).add(u));
        return chartNode(top, byParent, chairs);
    }

    private static ChartNode chartNode(OrgUnit unit, Map<Long, List<OrgUnit>> byParent, Map<Long, String> chairs) {
        List<ChartNode> children = byParent.getOrDefault(unit.getId(), List.of()).stream()
                .map(child -> chartNode(child, byParent, chairs)).toList();
        return new ChartNode(unit.getId(), unit.getName(), unit.getType(), chairs.get(unit.getId()), children);
    }
}
