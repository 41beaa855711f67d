package org.jinguo.childcare.model;

/** A visit to the child: a caring visit (真情慰问, with what was given), a home visit, or the follow-up after closure. Labels: {@code visitKind.<NAME>}. */
public enum VisitKind {
    CARING, HOME, FOLLOW_UP
}
