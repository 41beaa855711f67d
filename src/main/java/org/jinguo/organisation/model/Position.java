package org.jinguo.organisation.model;

/** An office in a unit's term. Labels: {@code position.<NAME>}. */
public enum Position {
    /** 主席: one per term. */
    CHAIR,
    /** 副主席 */
    VICE_CHAIR,
    /** 执委 */
    EXECUTIVE_MEMBER
}
