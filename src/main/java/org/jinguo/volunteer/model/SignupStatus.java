package org.jinguo.volunteer.model;

/**
 * Where a volunteer stands for an activity. Labels: {@code signupStatus.<NAME>}.
 */
public enum SignupStatus {
    /** 已报名: has a place. */
    CONFIRMED,
    /** 候补: on the waiting list, promoted in order when a place frees up. */
    WAITING,
    /** 已邀请: invited by staff, has not answered; holds no place yet. */
    INVITED,
    /** 已取消: cancelled by her or by staff. */
    CANCELLED,
    /** 已谢绝: declined an invitation. */
    DECLINED
}
