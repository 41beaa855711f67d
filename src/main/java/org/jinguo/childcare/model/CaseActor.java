package org.jinguo.childcare.model;

/** Who makes a move of a case: the services check that the caller is the one the move names. */
public enum CaseActor {
    /** A caseworker assigned to the case. */
    CASEWORKER,
    /** The supervisor of the case's unit: approvals. */
    SUPERVISOR,
    /** The platform itself (a child turning 18 puts her case up for closure). */
    SYSTEM
}
