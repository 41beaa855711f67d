package org.jinguo.bridge.model;

import org.jinguo.vocabulary.ServiceLine;

/**
 * What kind of course: skills training and start-up training of the entrepreneurship line, family-education courses
 * of the education line (the menu a community orders from). Labels: {@code courseKind.<NAME>}.
 */
public enum CourseKind {
    SKILLS(ServiceLine.ENTREPRENEURSHIP),
    STARTUP(ServiceLine.ENTREPRENEURSHIP),
    FAMILY_EDUCATION(ServiceLine.EDUCATION);

    private final ServiceLine line;

    CourseKind(ServiceLine line) {
        this.line = line;
    }

    /** The Bridge line the course belongs to. */
    public ServiceLine line() {
        return line;
    }
}
