package org.jinguo.volunteer.model;

/** Whether hours count: only approved hours go into totals and certificates. Labels: {@code hoursStatus.<NAME>}. */
public enum HoursStatus {
    /** 待审核 */
    PENDING,
    /** 已认定 */
    APPROVED,
    /** 未认定 (with a reason) */
    DECLINED
}
