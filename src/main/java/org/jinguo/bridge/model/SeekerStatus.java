package org.jinguo.bridge.model;

/** Whether a job seeker is looking, placed, or no longer looking. Labels: {@code seekerStatus.<NAME>}. */
public enum SeekerStatus {
    LOOKING, PLACED, STOPPED
}
