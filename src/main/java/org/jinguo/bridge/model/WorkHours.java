package org.jinguo.bridge.model;

/** The hours of a position, and the hours a seeker can work. Labels: {@code workHours.<NAME>}. */
public enum WorkHours {
    /** 全职 */
    FULL_TIME,
    /** 兼职 */
    PART_TIME,
    /** 弹性工时 */
    FLEXIBLE,
    /** 居家灵活就业 */
    FROM_HOME
}
