package org.jinguo.bridge.model;

import org.jinguo.vocabulary.ServiceLine;

/**
 * What kind of course: skills training and start-up training of the entrepreneurship line, family-education courses
 * of the education line (the menu a community orders from), rights training of the legal line (维权知识培训). Labels: {@code courseKind.<NAME>}.
 */
public enum CourseKind {
    SKILLS(ServiceLine.ENTREPRENEURSHIP),
    STARTUP(ServiceLine.ENTREPRENEURSHIP),
    FAMILY_EDUCATION(ServiceLine.EDUCATION),
    RIGHTS_TRAINING(ServiceLine.LEGAL_RIGHTS);

    private final ServiceLine line;

    CourseKind(ServiceLine line) {
        this.line = line;
    }

    /** The Bridge line the course belongs to. */
    public ServiceLine line() {
        return line;
    }
}
