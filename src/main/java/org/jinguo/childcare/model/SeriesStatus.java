package org.jinguo.childcare.model;

/** A counselling series runs, is paused (its future sessions cancelled), or has ended. Labels: {@code seriesStatus.<NAME>}. */
public enum SeriesStatus {
    ACTIVE, PAUSED, ENDED
}
