package org.jinguo.platform.figures;

import java.io.Serializable;

/**
 * One key figure of an area for a unit's subtree and period, as the cockpit and the year-end report show it: its label
 * (a bundle key), its value, how to read it ({@link Measure}), the goal it is measured against (or null), and the page
 * with the list behind it.
 */
public record Figure(String label, double value, Measure measure, Double goal, String path) implements Serializable {

    public static Figure count(String label, long value, String path) {
        return new Figure(label, value, Measure.COUNT, null, path);
    }

    public static Figure percent(String label, double value, double goal, String path) {
        return new Figure(label, value, Measure.PERCENT, goal, path);
    }

    public static Figure of(String label, double value, Measure measure, String path) {
        return new Figure(label, value, measure, null, path);
    }

    /** Whether it reaches its goal (a figure without a goal always does). */
    public boolean goalMet() {
        return goal == null || value >= goal;
    }

    /** How a figure reads. Labels of the unit: {@code measure.<NAME>}. */
    public enum Measure {
        /** 个 / 人 / 次: a whole number. */
        COUNT,
        /** %: one decimal. */
        PERCENT,
        /** 小时: hours, one decimal. */
        HOURS,
        /** 元: yuan, whole. */
        YUAN,
        /** 分 (of 5): a rating, one decimal. */
        RATING
    }
}
