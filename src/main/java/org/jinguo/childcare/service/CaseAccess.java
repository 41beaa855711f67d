package org.jinguo.childcare.service;

import jakarta.persistence.EntityManager;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.Permission;

/**
 * Who the caller is to a case, decided in one place: its supervisor (she supervises the case's unit), its caseworker
 * or its counsellor (she is on its team as such, and her role lets her work it). Anyone else is told the case does
 * not exist, whatever her unit: a caseworker of the same street who is not on the team included.
 */
public enum CaseAccess {
    /** Supervises the case: the whole file, identity with a reason, approvals, the team. */
    SUPERVISOR,
    /** On the team as caseworker: the whole file, identity with a reason. */
    CASEWORKER,
    /** On the team as counsellor: the pseudonym, the plan in force, the sessions and her notes. */
    COUNSELLOR;

    public static CaseAccess of(Caller caller, ChildCase childCase) {
        String path = childCase.getUnitPath();
        if (caller.can(Permission.CHILD_CASE_SUPERVISE, path)) {
            return SUPERVISOR;
        }
        TeamRole role = childCase.roleOf(caller.userId()).orElse(null);
        if (role == TeamRole.CASEWORKER && caller.can(Permission.CHILD_CASE_WORK, path)) {
            return CASEWORKER;
        }
        if (role == TeamRole.COUNSELLOR && caller.can(Permission.CHILD_SESSIONS, path)) {
            return COUNSELLOR;
        }
        throw new RecordNotFoundException();
    }

    /** The case, if the caller may open it at all (else not found), with what she is to it. */
    static Opened open(EntityManager em, Caller caller, long caseId) {
        ChildCase childCase = Scoped.byId(em, ChildCase.class, caseId);
        return new Opened(childCase, of(caller, childCase));
    }

    /** The case, if the caller may read its whole file and its child's identity (supervisor or caseworker). */
    static Opened openFile(EntityManager em, Caller caller, long caseId) {
        Opened opened = open(em, caller, caseId);
        if (!opened.access().seesFile()) {
            throw new RecordNotFoundException();
        }
        return opened;
    }

    /** The case, for a step only its caseworker takes (the supervisor reads it; anyone else is refused). */
    static ChildCase forCaseworker(EntityManager em, Caller caller, long caseId) {
        Opened opened = open(em, caller, caseId);
        if (opened.access() != CASEWORKER) {
            throw new AccessDeniedException();
        }
        return opened.childCase();
    }

    public boolean seesFile() {
        return this != COUNSELLOR;
    }

    /** A case and what the caller is to it. */
    record Opened(ChildCase childCase, CaseAccess access) {
    }
}
