package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitRow;

/**
 * Computes coverage from the data: an area is organised when it has a term running today, and its
 * women's work is covered when its federation says so or when it is organised.
 */
@Stateless
@ScopedToCaller
public class CoverageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public Coverage coverage(long unitId) {
        currentCaller.require(Permission.UNIT_VIEW);
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        String path = unit.getPath() + "%"; // paths hold only digits and slashes
        List<OrgUnit> areas = em.createQuery("SELECT u FROM OrgUnit u LEFT JOIN FETCH u.parent WHERE u.path LIKE :path "
                        + "AND u.type IN :areas ORDER BY u.nameKey, u.name, u.id", OrgUnit.class)
                .setParameter("path", path)
                .setParameter("areas", UnitType.coverageAreas())
                .getResultList();
        LocalDate today = Beijing.today();
        Set<Long> organised = new HashSet<>(em.createQuery("SELECT DISTINCT t.unit.id FROM Term t "
                        + "WHERE t.unitPath LIKE :path AND t.startsOn <= :today AND t.endsOn >= :today", Long.class)
                .setParameter("path", path).setParameter("today", today).getResultList());
        List<OrgUnit> unorganised = areas.stream().filter(a -> !organised.contains(a.getId())).toList();
        List<OrgUnit> workless = unorganised.stream().filter(a -> !a.isWorkCovered()).toList();
        return new Coverage(unit.getName(), areas.size(), rows(workless), rows(unorganised));
    }

    private static List<UnitRow> rows(List<OrgUnit> units) {
        return units.stream()
                .map(u -> new UnitRow(u.getId(), u.getName(), u.getType(), u.getParent() == null ? null : u.getParent().getName()))
                .toList();
    }
}
