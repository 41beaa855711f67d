package org.jinguo.volunteer.service;

import org.jinguo.platform.scope.Unit;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;

/**
 * Where volunteering is "near": a community's or village's street or town (with all its communities), and
 * for anything above that, the unit itself. A volunteer sees the activities near her own unit; matching
 * looks for volunteers near the activity's.
 */
final class Neighbourhood {

    private Neighbourhood() {
    }

    /** The path prefix of the units near {@code unit}. */
    static String of(Unit owner) {
        OrgUnit unit = OrgUnit.of(owner);
        boolean local = unit.getType() == UnitType.COMMUNITY || unit.getType() == UnitType.VILLAGE;
        return local && unit.getParent() != null ? unit.getParent().getPath() : unit.getPath();
    }
}
