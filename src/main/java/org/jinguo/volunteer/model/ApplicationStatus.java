package org.jinguo.volunteer.model;

/** Where an application to a recruitment campaign stands. Labels: {@code applicationStatus.<NAME>}. */
public enum ApplicationStatus {
    /** 待处理 */
    PENDING,
    /** 已录用 */
    ACCEPTED,
    /** 未录用 */
    DECLINED
}
