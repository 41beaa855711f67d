package org.jinguo.childcare.model;

/** What an activity a child took part in was for her: social practice, or a themed activity. Labels: {@code childActivityKind.<NAME>}. */
public enum ActivityKind {
    SOCIAL_PRACTICE, THEMED
}
