package org.jinguo.bridge.model;

/** How soon a need must be met. Labels: {@code urgency.<NAME>}. */
public enum Urgency {
    /** 一般 */
    NORMAL,
    /** 紧急: listed first */
    URGENT
}
