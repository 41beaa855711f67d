package org.jinguo.bridge.model;

/** Where a woman stands on a course: on it, waiting for a place, withdrawn, or completed. Labels: {@code enrolmentStatus.<NAME>}. */
public enum EnrolmentStatus {
    ENROLLED, WAITING, WITHDRAWN, COMPLETED
}
