package org.jinguo.volunteer.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a volunteer stands: an applicant is reviewed and becomes active or is rejected; an active volunteer
 * may pause (inactive) and come back; the archive keeps those who have left. Labels: {@code volunteerStatus.<NAME>}.
 */
public enum VolunteerStatus {
    /** 待审核 */
    APPLICANT,
    /** 在册 */
    ACTIVE,
    /** 未通过 */
    REJECTED,
    /** 暂停服务 */
    INACTIVE,
    /** 已归档 */
    ARCHIVED;

    /** The statuses this one may change to. */
    public Set<VolunteerStatus> next() {
        return switch (this) {
            case APPLICANT -> EnumSet.of(ACTIVE, REJECTED);
            case ACTIVE -> EnumSet.of(INACTIVE, ARCHIVED);
            case INACTIVE -> EnumSet.of(ACTIVE, ARCHIVED);
            case REJECTED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(VolunteerStatus.class);
        };
    }

    /** Whether the change to {@code next} needs a reason (rejection, pause, archive). */
    public static boolean needsReason(VolunteerStatus next) {
        return next != ACTIVE;
    }
}
