package org.jinguo.childcare.model;

/** Individual counselling, or a group with several children (each shown to the others only by pseudonym). Labels: {@code seriesKind.<NAME>}. */
public enum SeriesKind {
    INDIVIDUAL, GROUP
}
