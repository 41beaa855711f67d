package org.jinguo.childcare.model;

/** Who cancelled a session. Labels: {@code cancelledBy.<NAME>}. */
public enum CancelledBy {
    CHILD, GUARDIAN, COUNSELLOR, CASEWORKER
}
