package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.platform.persistence.RecentFigures;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.VolunteerStatus;

/**
 * The volunteer dashboard of a unit: for it and each unit directly below it, the active volunteers, the
 * applicants waiting for review, the active teams and the approved hours of the year; each counted in
 * one grouped query and folded into the units below in memory.
 */
@Stateless
@ScopedToCaller
public class VolunteerDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecentFigures recent;

    @Inject
    HoursTally tally;

    /** One unit's figures (the unit itself counts what belongs to it directly). */
    public record UnitFigures(long unitId, String name, long volunteers, long applicants, long teams, long minutes)
            implements Serializable {
    }

    /** The figures of the unit's own records and of each unit below it, biggest first, and their total. */
    public record Figures(String unitName, int year, List<UnitFigures> units, UnitFigures total) implements Serializable {
    }

    /** At most a minute old ({@link RecentFigures}): the same for everyone allowed to see the unit. */
    public Figures figures(long unitId, int year) {
        currentCaller.require(Permission.RECORD_VIEW);
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId); // the caller's right to the unit, checked every time
        return recent.get("volunteer-dashboard:" + unit.getId() + ":" + year, () -> compute(unit, year));
    }

    private Figures compute(OrgUnit unit, int year) {
        Map<String, long[]> byChild = new LinkedHashMap<>();
        Map<String, Object[]> children = new LinkedHashMap<>();
        children.put(unit.getPath(), new Object[] {unit.getId(), unit.getName()});
        em.createQuery("SELECT u.path, u.id, u.name FROM OrgUnit u WHERE u.parent.id = :id ORDER BY u.nameKey, u.name", Object[].class)
                .setParameter("id", unit.getId()).getResultList()
                .forEach(r -> children.put((String) r[0], new Object[] {r[1], r[2]}));
        children.keySet().forEach(path -> byChild.put(path, new long[4]));
        String path = unit.getPath() + "%";
        fold(byChild, unit.getPath(), 0, em.createQuery("SELECT v.unitPath, COUNT(v) FROM Volunteer v WHERE v.unitPath LIKE :path "
                        + "AND v.status = :status GROUP BY v.unitPath", Object[].class)
                .setParameter("path", path).setParameter("status", VolunteerStatus.ACTIVE).getResultList());
        fold(byChild, unit.getPath(), 1, em.createQuery("SELECT v.unitPath, COUNT(v) FROM Volunteer v WHERE v.unitPath LIKE :path "
                        + "AND v.status = :status GROUP BY v.unitPath", Object[].class)
                .setParameter("path", path).setParameter("status", VolunteerStatus.APPLICANT).getResultList());
        fold(byChild, unit.getPath(), 2, em.createQuery("SELECT t.unitPath, COUNT(t) FROM Team t WHERE t.unitPath LIKE :path "
                        + "AND t.active = TRUE GROUP BY t.unitPath", Object[].class)
                .setParameter("path", path).getResultList());
        fold(byChild, unit.getPath(), 3, tally.byUnit(unit.getPath(), year)); // kept as hours are approved
        List<UnitFigures> units = new ArrayList<>();
        long[] total = new long[4];
        byChild.forEach((childPath, n) -> {
            Object[] child = children.get(childPath);
            for (int i = 0; i < 4; i++) {
                total[i] += n[i];
            }
            if (n[0] + n[1] + n[2] + n[3] > 0) {
                units.add(new UnitFigures((Long) child[0], (String) child[1], n[0], n[1], n[2], n[3]));
            }
        });
        units.sort((a, b) -> Long.compare(b.volunteers(), a.volunteers()));
        return new Figures(unit.getName(), year, units,
                new UnitFigures(unit.getId(), unit.getName(), total[0], total[1], total[2], total[3]));
    }

    /** Adds each (path, count) row to the child of {@code own} the path lies in, or to {@code own} itself. */
    private static void fold(Map<String, long[]> byChild, String own, int index, List<Object[]> rows) {
        for (Object[] row : rows) {
            String path = (String) row[0];
            String child = byChild.keySet().stream().filter(c -> !c.equals(own) && path.startsWith(c)).findFirst().orElse(own);
            byChild.get(child)[index] += ((Number) row[1]).longValue();
        }
    }
}
