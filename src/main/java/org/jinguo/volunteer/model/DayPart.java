package org.jinguo.volunteer.model;

import java.time.LocalTime;

/** Morning, afternoon or evening, the unit of a volunteer's availability. Labels: {@code dayPart.<NAME>}. */
public enum DayPart {
    /** 上午 (before noon) */
    MORNING,
    /** 下午 (noon to six) */
    AFTERNOON,
    /** 晚上 (from six) */
    EVENING;

    /** The part of the day a time falls in. */
    public static DayPart of(LocalTime time) {
        if (time.getHour() < 12) {
            return MORNING;
        }
        return time.getHour() < 18 ? AFTERNOON : EVENING;
    }
}
