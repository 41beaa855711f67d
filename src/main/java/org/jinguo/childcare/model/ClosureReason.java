package org.jinguo.childcare.model;

/** Why a case closes. Labels: {@code closureReason.<NAME>}. */
public enum ClosureReason {
    GOALS_MET, TURNED_18, MOVED_AWAY, TAKEN_INTO_CARE, OTHER
}
