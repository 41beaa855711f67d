package org.jinguo.unit.service;

import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.DataScope;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;

/** Who may change which unit, and which kind may stand below which: shared by reading (what to offer) and changing. */
final class UnitRules {

    private UnitRules() {
    }

    static boolean mayEdit(Caller caller, OrgUnit unit) {
        return caller.can(Permission.UNIT_MANAGE, unit.getPath());
    }
    /** Whether she may place a unit below {@code parent}: judged on the path such a child would have. */
    static boolean mayAddUnder(Caller caller, OrgUnit parent) {
        return caller.can(Permission.UNIT_MANAGE, DataScope.childPath(parent.getPath(), 0));
    }
    static void requireMayAddUnder(Caller caller, OrgUnit parent) {
        if (!mayAddUnder(caller, parent)) {
            throw new AccessDeniedException();
        }
    }
    static void requireEditable(Caller caller, OrgUnit unit) {
        caller.require(Permission.UNIT_MANAGE);
        if (!mayEdit(caller, unit)) {
            throw new AccessDeniedException();
        }
    }
    static void requireAllowedUnder(OrgUnit parent, UnitForm form) {
        if (!parent.getType().mayContain(form.getType())) {
            throw new BusinessRuleException("unit.type.notAllowedUnder", "type", parent.getName());
        }
    }
}
