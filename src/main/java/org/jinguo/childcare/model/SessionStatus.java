package org.jinguo.childcare.model;

/** A session is planned, then attended, missed or cancelled. Labels: {@code sessionStatus.<NAME>}. */
public enum SessionStatus {
    PLANNED, ATTENDED, MISSED, CANCELLED
}
