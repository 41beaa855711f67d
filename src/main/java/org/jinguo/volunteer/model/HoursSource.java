package org.jinguo.volunteer.model;

/** Where an hours record came from. Labels: {@code hoursSource.<NAME>}. */
public enum HoursSource {
    /** 签到签退: from her check-in and check-out at an activity. */
    ATTENDANCE,
    /** 自行申报: reported by herself (or by staff for her). */
    REPORTED
}
