package org.jinguo.bridge.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the service levels: Monday to Friday. Public holidays and the weekends worked in their place
 * (调休) are not known to the platform yet, so a level that spans a holiday is due a little early, never late.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The working day {@code days} working days after {@code from} (from itself when 0 and a working day). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate day = from;
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        for (int left = days; left > 0; left--) {
            day = day.plusDays(1);
            while (isWeekend(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
